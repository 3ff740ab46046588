"""The phenomenon suite: its expansion and matching (fast), and its pass rates (model)."""
from __future__ import annotations

import json
from collections import defaultdict
from types import SimpleNamespace

import pytest

from entente.errors import ConfigError, EmptyInput
from entente.evaluate import phenomena
from entente.evaluate.phenomena import EventSpec, check, expand, load_cases, run

from .conftest import ROOT

FLOORS = json.loads((ROOT / "quality_floors.json").read_text())

STATES = [
    {"name": "the United States", "code": "USA", "capital": "Washington",
     "demonym": "American", "company": "Lockheed Martin"},
    {"name": "Japan", "code": "JPN", "capital": "Tokyo", "demonym": "Japanese"},
    {"name": "Kenya", "code": "KEN", "capital": "Nairobi", "demonym": "Kenyan"},
    {"name": "Germany", "code": "DEU", "capital": "Berlin", "demonym": "German",
     "company": "Rheinmetall"},
]
BY_CODE = {s["code"]: s for s in STATES}


def suite(*templates, pairs=4):
    return {"published": "2024-05-15", "pairs": pairs, "states": STATES,
            "classes": {"demo": {"templates": list(templates)}}}


def event(type, source, target=None, status="occurred", date=None, sector="GOV"):
    actor = lambda code: SimpleNamespace(code=code, sector=sector) if code else None
    return SimpleNamespace(type=type, source=actor(source), target=actor(target),
                           status=status, date=date, rule="test")


# ---------------------------------------------------------------- the shipped suite (fast)

def test_every_class_has_enough_cases_and_actor_pairs():
    cases = load_cases()
    by_class = defaultdict(list)
    for c in cases:
        by_class[c.phenomenon].append(c)
    assert len(by_class) >= 12
    for cls, cs in by_class.items():
        assert 40 <= len(cs) <= 100, (cls, len(cs))
        assert len({c.slots for c in cs}) >= 8, cls
        for c in cs:
            assert "{" not in c.text and "}" not in c.text, c.text
            assert c.expected or c.forbidden, c.text
    per_template = defaultdict(set)
    for c in cases:
        per_template[(c.phenomenon, c.template)].add(c.slots)
    assert all(len(v) >= 8 for v in per_template.values())


def test_the_suite_is_the_same_on_every_load():
    assert load_cases() == load_cases()


# ---------------------------------------------------------------- expansion (fast)

def test_slots_are_filled_from_the_drawn_states():
    tpl = {"id": "t", "text": "{A_cap_poss} envoy met {B_dem} officials in {B_city} ({B_CITY}).",
           "status": "occurred",
           "expect": [{"type": "CONSULT", "source": "A", "target": "B"}],
           "forbid": [{"party": "JPN"}]}
    cases = expand(suite(tpl))
    assert len(cases) == 4 and len({c.slots for c in cases}) == 4
    for c in cases:
        a, b = (BY_CODE[code] for _, code in c.slots)
        name = a["name"]
        poss = name + ("'" if name.endswith("s") else "'s")
        assert c.text == (f"{poss[0].upper() + poss[1:]} envoy met {b['demonym']} officials "
                          f"in {b['capital']} ({b['capital'].upper()}).")
        (spec,) = c.expected
        assert spec.sources == {a["code"]} and spec.targets == {b["code"]}
        assert spec.statuses == {"occurred"} and c.published == "2024-05-15"
        assert c.forbidden[0].parties == {"JPN"}


def test_tenses_multiply_cases_and_set_the_expected_status():
    tpl = {"id": "t", "tenses": {"occurred": "{A_cap} sold tanks to {B}.",
                                 "planned": "{A_cap} {will} sell tanks to {B}."},
           "expect": [{"type": "AID", "source": "A", "target": "B"}],
           "forbid": [{"type": "AID", "source": "B", "target": "A"}]}
    cases = expand(suite(tpl))
    assert len(cases) == 8
    planned = [c for c in cases if "sell" in c.text]
    assert {c.expected[0].statuses for c in planned} == {frozenset({"planned"})}
    assert {c.expected[0].statuses for c in cases if "sold" in c.text} == {
        frozenset({"occurred"})}
    assert any(" will sell" in c.text for c in planned)
    assert any(" is set to sell" in c.text for c in planned)
    assert all(c.forbidden[0].statuses is None for c in cases)   # forbidden in any status


def test_exclusions_and_companies_limit_the_draws():
    tpl = {"id": "t", "text": "{B_company} will build jets for {A}.", "exclude": {"A": ["KEN"]},
           "expect": [{"type": "AID", "source": "B", "target": "A", "status": "claim"}]}
    cases = expand(suite(tpl))
    for c in cases:
        slots = dict(c.slots)
        assert slots["B"] in ("USA", "DEU") and slots["A"] != "KEN"
        assert c.text.startswith(BY_CODE[slots["B"]]["company"])
        assert c.expected[0].statuses == {"occurred", "planned"}


def test_only_draws_a_slot_from_its_codes_and_extra_states_nowhere_else():
    extra = [{"name": "Jordan", "code": "JOR", "capital": "Amman", "demonym": "Jordanian"},
             {"name": "Morocco", "code": "MAR", "capital": "Rabat", "demonym": "Moroccan"}]
    data = suite({"id": "t", "text": "{A} met {B}.", "only": {"B": ["JOR", "MAR"]},
                  "expect": [{"type": "CONSULT", "source": "A", "target": "B"}]},
                 {"id": "u", "text": "{A} met {B}.",
                  "expect": [{"type": "CONSULT", "source": "A", "target": "B"}]})
    data["extra_states"] = extra
    cases = expand(data)
    only = [dict(c.slots) for c in cases if c.template == "t"]
    rest = [dict(c.slots) for c in cases if c.template == "u"]
    assert {s["B"] for s in only} == {"JOR", "MAR"}
    assert not {"JOR", "MAR"} & {s["A"] for s in only}
    assert not {"JOR", "MAR"} & {v for s in rest for v in s.values()}


def test_too_few_states_for_the_pairs_asked_is_an_error():
    tpl = {"id": "t", "text": "{B_company} will build jets for {A}.", "exclude": {"A": ["KEN"]},
           "expect": [{"type": "AID", "source": "B", "target": "A"}]}
    with pytest.raises(ConfigError, match="demo/t"):
        expand(suite(tpl, pairs=20))


@pytest.mark.parametrize("tpl, message", [
    ({"id": "t", "text": "{A_nick} met {B}.", "expect": [{"type": "CONSULT"}]}, "unknown slot"),
    ({"id": "t", "text": "{A} met {B}.", "expect": [{"kind": "CONSULT"}]}, "unknown key"),
    ({"id": "t", "text": "{A} met {B}.", "expect": [{"status": "maybe"}]}, "unknown status"),
    ({"id": "t", "tenses": {"future": "{A} will meet {B}."}, "expect": []}, "not a status"),
])
def test_malformed_templates_are_named(tpl, message):
    with pytest.raises(ConfigError, match=message):
        expand(suite(tpl))


# ---------------------------------------------------------------- matching (fast)

def spec(**kw):
    return EventSpec(**{k: frozenset(v) if isinstance(v, (set, list, tuple)) else v
                        for k, v in kw.items()})


def test_symmetric_types_match_either_way_and_others_do_not():
    consult = spec(types={"CONSULT"}, sources={"JPN"}, targets={"POL"})
    assert consult.matches(event("CONSULT", "POL", "JPN"))
    aid = spec(types={"AID"}, sources={"USA"}, targets={"POL"})
    assert aid.matches(event("AID", "USA", "POL"))
    assert not aid.matches(event("AID", "POL", "USA"))


def test_no_target_status_dates_parties_and_sectors():
    assert spec(targets={None}).matches(event("MOBILIZE", "JPN"))
    assert not spec(targets={None}).matches(event("MOBILIZE", "JPN", "POL"))
    claim = spec(statuses={"occurred", "planned"})
    assert claim.matches(event("AID", "A", "B", "planned"))
    assert not claim.matches(event("AID", "A", "B", "hypothetical"))
    assert spec(date="2022").matches(event("ASSAULT", "RUS", "UKR", date="2022-02-24"))
    assert not spec(date="2022").matches(event("ASSAULT", "RUS", "UKR", date=None))
    assert not spec(date_not="2024-05").matches(event("ASSAULT", "RUS", "UKR",
                                                      date="2024-05-15"))
    assert spec(parties={"JPN"}).matches(event("COOPERATE", "KOR", "JPN"))
    assert spec(between={"KOR", "USA"}).matches(event("AID", "KOR", "USA"))
    assert spec(between={"KOR", "USA"}).matches(event("AID", "USA", "KOR"))
    rebels = spec(targets={"SOM"}, target_sectors={"REB"})
    assert rebels.matches(event("ASSAULT", "USA", "SOM", sector="REB"))
    assert not rebels.matches(event("ASSAULT", "USA", "SOM", sector="GOV"))


def test_a_case_needs_every_expected_event_and_no_forbidden_one():
    case = phenomena.Case("demo", "text", None,
                          expected=(spec(types={"AID"}, sources={"USA"}, targets={"POL"}),),
                          forbidden=(spec(types={"AID"}, sources={"POL"}, targets={"USA"}),))
    assert check(case, [event("AID", "USA", "POL")])[0]
    assert not check(case, [])[0]
    ok, lines = check(case, [event("AID", "USA", "POL"), event("AID", "POL", "USA")])
    assert not ok and lines[1].endswith("<- PRODUCED")


class FakePipeline:
    """Gives each text the events listed for it, and an input error for "bad"."""

    def __init__(self, events_by_text):
        self.events_by_text = events_by_text

    def extract_many(self, raws, keep_all=False):
        assert keep_all
        for raw in raws:
            if raw.text == "bad":
                yield EmptyInput(raw.origin, "the file is empty")
            else:
                yield SimpleNamespace(events=self.events_by_text.get(raw.text, []),
                                      background=[])


def test_run_tallies_classes_and_counts_errors_as_failures():
    want = (spec(types={"CONSULT"}, sources={"JPN"}, targets={"POL"}),)
    cases = [phenomena.Case("a", "good", None, want), phenomena.Case("a", "bad", None, want),
             phenomena.Case("b", "missing", None, want)]
    results = run(FakePipeline({"good": [event("CONSULT", "POL", "JPN")]}), cases)
    assert list(results) == ["a", "b"]
    assert (results["a"].passed, results["a"].total, results["b"].passed) == (1, 2, 0)
    assert results["a"].failures[0].got[0].startswith("error:")
    md = phenomena.table_markdown(results)
    assert "| a | 1 | 2 | 0.50 |" in md and "| all | 1 | 3 | 0.33 |" in md


def test_the_module_prints_the_table_failures_and_markdown(monkeypatch, tmp_path, capsys):
    import yaml
    import entente.pipeline
    data = tmp_path / "suite.yaml"
    data.write_text(yaml.safe_dump(suite(
        {"id": "t", "text": "{A_cap} met {B}.", "status": "occurred",
         "expect": [{"type": "CONSULT", "source": "A", "target": "B"}]})))
    monkeypatch.setattr(entente.pipeline, "Pipeline", lambda: FakePipeline({}))
    md = tmp_path / "table.md"
    assert phenomena.main(["--data", str(data), "--failures", "demo",
                           "--markdown", str(md)]) == 0
    out = capsys.readouterr().out
    assert "demo" in out and "0.00" in out and "<- MISSING" in out and "(no events)" in out
    assert md.read_text().startswith("| class | passed | total | rate |")
    assert phenomena.main(["--data", str(data), "--failures", "nosuch"]) == 2


# ---------------------------------------------------------------- pass rates (model)

@pytest.fixture(scope="module")
def results(pipeline):
    return run(pipeline, load_cases())


@pytest.mark.model
def test_every_class_has_a_floor(results):
    assert set(results) == set(FLOORS["phenomena"])


@pytest.mark.model
@pytest.mark.parametrize("cls", sorted(FLOORS["phenomena"]))
def test_phenomenon_class_above_floor(results, cls):
    r = results[cls]
    assert r.rate >= FLOORS["phenomena"][cls], (
        f"{cls}: {r.passed}/{r.total}; see python -m entente.evaluate.phenomena "
        f"--failures {cls}")


def test_the_markdown_table_carries_the_notes_of_its_classes(tmp_path):
    from entente.evaluate.phenomena import class_notes, table_markdown
    notes = class_notes()
    assert "background_dates" in notes and "own dates" in notes["background_dates"]
    data = tmp_path / "p.yaml"
    data.write_text("classes:\n  a:\n    note: >-\n      is low\n      on purpose.\n  b: {}\n",
                    encoding="utf-8")
    assert class_notes(data) == {"a": "is low on purpose."}
    assert "**a** is low on purpose." in table_markdown({}, class_notes(data))
