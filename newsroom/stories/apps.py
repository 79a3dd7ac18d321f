from django.apps import AppConfig


class StoriesConfig(AppConfig):
    name = "newsroom.stories"
    label = "stories"

    def ready(self):
        from newsroom.core.editorial import fact_changed
        from newsroom.stories.services import _fact_changed

        # A change to a fact a published story shows becomes a public correction.
        fact_changed.connect(_fact_changed, dispatch_uid="stories.corrections")
