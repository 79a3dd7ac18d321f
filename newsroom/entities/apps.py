from django.apps import AppConfig


class EntitiesConfig(AppConfig):
    name = "newsroom.entities"
    label = "entities"

    def ready(self):
        from newsroom.core.editorial import fact_changed
        from newsroom.entities.services import gazetteer_fact_changed

        # An editor's change to an entity or alias is a change to every worker's gazetteer.
        fact_changed.connect(gazetteer_fact_changed, dispatch_uid="entities.gazetteer")
