# Full-text search of entities by name and alias (newsroom.public.search) on PostgreSQL.

import django.contrib.postgres.indexes
import django.contrib.postgres.search
from django.db import migrations

import newsroom.core.db_operations


class Migration(migrations.Migration):
    dependencies = [("entities", "0004_place_located_in")]

    operations = [
        newsroom.core.db_operations.AddIndexOnPostgres(
            model_name="entity",
            index=django.contrib.postgres.indexes.GinIndex(
                django.contrib.postgres.search.SearchVector("name", config="english"),
                name="entity_search_idx",
            ),
        ),
        newsroom.core.db_operations.AddIndexOnPostgres(
            model_name="alias",
            index=django.contrib.postgres.indexes.GinIndex(
                django.contrib.postgres.search.SearchVector("name", config="english"),
                name="alias_search_idx",
            ),
        ),
    ]
