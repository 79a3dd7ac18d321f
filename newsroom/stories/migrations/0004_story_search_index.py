# Full-text search of published stories (newsroom.public.search) on PostgreSQL.

import django.contrib.postgres.indexes
import django.contrib.postgres.search
from django.db import migrations

import newsroom.core.db_operations


class Migration(migrations.Migration):
    dependencies = [("stories", "0003_composition")]

    operations = [
        newsroom.core.db_operations.AddIndexOnPostgres(
            model_name="story",
            index=django.contrib.postgres.indexes.GinIndex(
                django.contrib.postgres.search.SearchVector(
                    "title", "dek", "summary", config="english"
                ),
                name="story_search_idx",
            ),
        ),
    ]
