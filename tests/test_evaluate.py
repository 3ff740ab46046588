"""The sentence scorer's two readings on hand-built documents (no model needed)."""
from __future__ import annotations

from entente.evaluate import Evaluation
from entente.evaluate.report import summary_markdown
from entente.evaluate.sentences import SentenceTally, every_claim, main_event
from entente.records import Actor, Document, Event, Evidence, Metadata


def _event(type_, src, tgt, start, depth=0, status="occurred", group=None, rule="r"):
    return Event(id=f"{type_}{src}{tgt}{start}", type=type_, mode=None, status=status,
                 source=Actor(src, src, "GOV", src), target=Actor(tgt, tgt, "GOV", tgt) if tgt
                 else None, date=None, date_precision=None, location=None,
                 evidence=Evidence("w", start, start + 1), confidence=1.0, group=group,
                 rule=rule, depth=depth)


def _doc(id_, *events):
    return Document(metadata=Metadata(id=id_), text="", events=events)


def _gold(type_, sources, targets):
    return {"id": f"s-{type_.lower()}", "text": "", "event_plover_2021": type_,
            "source_codes": sources, "target_codes": targets}


# 1. "Russia shelled Kharkiv after Poland protested at the border closure": the gold codes the
#    shelling; entente also claims Poland's protest, in a subordinate clause.
SHELLING = (_gold("ASSAULT", ["RUS"], ["UKR"]),
            _doc("s1", _event("ASSAULT", "RUS", "UKR", 7),
                 _event("PROTEST", "POL", "RUS", 40, depth=2)))
# 2. "Lithuania protested to Belarus": one claim, right.
PROTEST = (_gold("PROTEST", ["LTU"], ["BLR"]), _doc("s2", _event("PROTEST", "LTU", "BLR", 10)))
# 3. "France and Germany signed an accord with Italy": the gold codes France and Germany as a
#    compound actor; entente's group has the pairs with Italy beside it, and a rule that read
#    the same words twice gives one triple a second time.
ACCORD = (_gold("COOPERATE", ["FRA", "DEU"], []),
          _doc("s3", _event("COOPERATE", "FRA", "DEU", 20, group="g"),
               _event("COOPERATE", "FRA", "ITA", 20, group="g"),
               _event("COOPERATE", "FRA", "DEU", 20, group="g", rule="r2")))


def _tally(*pairs):
    tally = SentenceTally()
    for rec, doc in pairs:
        tally.add(rec, doc)
    return tally


def test_main_reading_ignores_a_second_event_that_every_claim_counts_against():
    s = _tally(SHELLING, PROTEST).summary()
    # main event: the shelling (depth 0) and the protest, both right
    assert (s["type_macro_f1"], s["dyad_precision"], s["dyad_micro_f1"]) == (1.0, 1.0, 1.0)
    # every claim: POL->RUS PROTEST is a false positive of PROTEST (P 1/2, R 1, F1 0.667;
    # ASSAULT stays 1.0; per-type F1s are rounded before averaging) and a dyad matching nothing
    # (P 2/3, R 1, F1 0.8)
    assert s["every_type_macro_f1"] == 0.834
    assert (s["every_dyad_precision"], s["every_dyad_recall"]) == (0.667, 1.0)
    assert s["every_dyad_micro_f1"] == 0.8
    assert s["every_claims"] == 3


def test_every_claim_counts_each_triple_once_and_extra_group_pairs_as_false_positives():
    rec, doc = ACCORD
    assert every_claim(doc) == [("COOPERATE", "FRA", "DEU"), ("COOPERATE", "FRA", "ITA")]
    assert len(main_event(doc)) == 3          # the main reading keeps its group as it was
    tally = _tally(ACCORD)
    row = tally.rows[0]
    assert row["extra_claims"] == [("COOPERATE", "FRA", "ITA")]
    s = tally.summary()
    assert (s["every_dyad_precision"], s["every_dyad_recall"]) == (0.5, 1.0)
    assert s["every_type_macro_f1"] == 1.0


def test_every_claim_finds_a_gold_type_the_main_clause_missed():
    # "Japan, which Beijing accused of provocation, sent ships": the gold codes the accusation
    rec = _gold("ACCUSE", ["CHN"], ["JPN"])
    doc = _doc("s4", _event("MOBILIZE", "JPN", None, 30),
               _event("ACCUSE", "CHN", "JPN", 12, depth=1))
    tally = _tally((rec, doc))
    assert tally.main.summary()["type_accuracy"] == 0.0
    assert tally.every.summary()["type_accuracy"] == 1.0
    assert tally.every.confusion == {("ACCUSE", "ACCUSE"): 1, ("ACCUSE", "MOBILIZE"): 1}
    s = tally.summary()
    assert (s["dyad_recall"], s["every_dyad_recall"], s["every_dyad_precision"]) == \
        (0.0, 1.0, 0.5)


def test_quality_page_shows_both_readings_side_by_side():
    ev = Evaluation(name="gold.jsonl", kind="sentence", sentences=_tally(SHELLING, PROTEST))
    md = summary_markdown([ev], "entente eval gold.jsonl")
    assert "| main event | 1.000 | 1.000 | 1.000 | 1.000 |" in md
    assert "| every claim | 0.834 | 0.800 | 0.667 | 1.000 |" in md


def test_report_lists_the_claims_beside_the_gold_event(tmp_path):
    from entente.evaluate.report import write_report
    ev = Evaluation(name="gold.jsonl", kind="sentence", sentences=_tally(SHELLING, PROTEST))
    md = write_report(ev, tmp_path)[0].read_text()
    section = md.split("## Claims beside the gold event")[1]
    rows = [line for line in section.splitlines() if line.startswith("| s-")]
    assert rows == ["| s-assault | ASSAULT | [('RUS', 'UKR')] | [('PROTEST', 'POL', 'RUS')] |  |"]


def test_a_story_the_tool_fails_on_counts_as_nothing_found(tmp_path):
    # a crash must never raise a score by taking the story's gold out of it
    import json

    from entente.errors import InputError
    from entente.evaluate import evaluate

    (tmp_path / "a.txt").write_text("Peru expelled two Chilean diplomats.", encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps({"events": [
        {"source": "PER", "target": ["CHL"], "type": "SANCTION", "status": "occurred"}],
        "quotes": [{"speaker": "Ana Ruiz", "text": "We will not accept this"}]}))

    class Failing:
        partial = False

        def extract_many(self, raws, keep_all=False):
            for raw in raws:
                yield InputError(raw.origin, "entente failed on this document")

    ev = evaluate(tmp_path, Failing())
    head = ev.headline()
    assert (head["tp"], head["fn"], head["failed"], head["quotes"]) == (0, 1, 1, "0/1")


def test_a_gold_quote_is_matched_to_the_quotation_it_opens(tmp_path):
    # a scare quote inside a longer quotation is not that quotation, nor the reverse
    from entente.evaluate import score_quotes
    from entente.records import Quote, Speaker
    found = (Quote(Speaker("Charles Brown"), "Christmas gift", 0, 14, None, "r"),
             Quote(Speaker("North Korea"), "It is entirely up to the U.S. what Christmas gift "
                   "it will select", 20, 80, None, "r"))
    gold = [{"speaker": "North Korea", "text": "It is entirely up to the U.S. what Christmas"},
            {"speaker": "Charles Brown", "text": "Christmas gift"}]
    assert score_quotes(gold, found) == (2, 2)
