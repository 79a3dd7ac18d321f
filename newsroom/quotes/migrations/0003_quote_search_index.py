# Full-text search of quotes (newsroom.public.search) on PostgreSQL.

import django.contrib.postgres.indexes
import django.contrib.postgres.search
from django.db import migrations

import newsroom.core.db_operations


class Migration(migrations.Migration):
    dependencies = [("quotes", "0002_permissions")]

    operations = [
        newsroom.core.db_operations.AddIndexOnPostgres(
            model_name="quote",
            index=django.contrib.postgres.indexes.GinIndex(
                django.contrib.postgres.search.SearchVector("text", config="english"),
                name="quote_search_idx",
            ),
        ),
    ]
