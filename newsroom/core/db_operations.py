"""Migration operations for what only PostgreSQL has."""

from django.db.migrations.operations.base import Operation


class AddIndexOnPostgres(Operation):
    """Create `index` on `model_name` when the database is PostgreSQL, and nowhere else.

    The index stays out of the migration state: SQLite, which cannot build a full-text index,
    rebuilds a table from that state whenever it alters one, and must not meet it there."""

    reversible = True

    def __init__(self, model_name, index):
        self.model_name = model_name
        self.index = index

    def state_forwards(self, app_label, state):
        pass

    def _applies(self, schema_editor, app_label, state):
        model = state.apps.get_model(app_label, self.model_name)
        is_postgres = schema_editor.connection.vendor == "postgresql"
        allowed = self.allow_migrate_model(schema_editor.connection.alias, model)
        return model if is_postgres and allowed else None

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if model := self._applies(schema_editor, app_label, to_state):
            schema_editor.add_index(model, self.index)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if model := self._applies(schema_editor, app_label, from_state):
            schema_editor.remove_index(model, self.index)

    def describe(self):
        return f"Create index {self.index.name} on {self.model_name} (PostgreSQL only)"

    @property
    def migration_name_fragment(self):
        return f"{self.model_name.lower()}_{self.index.name.lower()}"

    def deconstruct(self):
        return (
            self.__class__.__qualname__,
            [],
            {"model_name": self.model_name, "index": self.index},
        )
