from newsroom.claims.models import Claim
from newsroom.core.editorial import history_model
from newsroom.entities.models import Entity


def test_history_model_is_the_model_simple_history_made_and_is_looked_up_once():
    assert history_model(Claim) is Claim.history.model
    assert history_model(Entity) is Entity.history.model
    assert history_model(Claim) is history_model(Claim)
    assert history_model.cache_info().hits >= 1
