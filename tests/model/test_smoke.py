from windtunnel.model import dumps, loads


def test_small_model_round_trips(small_model):
    assert loads(dumps(small_model)) == small_model
