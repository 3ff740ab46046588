"""The robustness rewrites on stories written here (fast), and the command on a one-story set
(model)."""
from __future__ import annotations

import json
import random
import re

import pytest

from entente.clean.quotemarks import quote_pairs
from entente.evaluate import evaluate
from entente.evaluate import robustness
from entente.evaluate.robustness import perturb, perturb_marks, perturb_names, perturb_verbs
from entente.lexicons import load_yaml

POOLS = load_yaml("robustness.yaml")
VERBS = set(POOLS["verbs"])

HARBOUR = (
    "Harbour Talks Resume in Port Lindby\n\nBy Staff Reporter\nMarch 3, 2024\n\n"
    "Port officials from two countries met on Monday to settle a quarrel over docking fees. "
    "Elena Voss, the harbour master, said the talks had gone better than expected. "
    "\"We expect a deal by spring,\" Voss said. The agency Voss-Marine was not at the table. "
    "Kenji Arata, a shipping agent, did not agree. He has run cargo through the port for "
    "twenty years. \"Nothing has changed for us,\" Arata said on Tuesday. He added that the "
    "Arata-class ferries still paid twice what others did. The Ports Ministry said in a "
    "statement it would answer soon. \"We will reply this week,\" the ministry said.")


def harbour_gold(text: str = HARBOUR) -> dict:
    return {"article": {"title": "Harbour Talks Resume in Port Lindby"},
            "events": [{"source": "XXX", "target": ["YYY"], "type": "CONSULT",
                        "evidence": "Elena Voss, the harbour master, said the talks had gone"},
                       {"source": "XXX", "target": ["YYY"], "type": "CONSULT",
                        "evidence": "\"Nothing has changed for us,\" Arata said on Tuesday."}],
            "quotes": [{"speaker": "Elena Voss", "text": "We expect a deal by spring"},
                       {"speaker": "Kenji Arata", "text": "Nothing has changed for us"},
                       {"speaker": "Ports Ministry", "text": "We will reply this week"}]}


def substrings_kept(text: str, gold: dict) -> None:
    for q in gold["quotes"]:
        assert q["text"] in text, q["text"]
    for e in gold["events"]:
        assert e["evidence"] in text, e["evidence"]


# ---------------------------------------------------------------- names

def test_names_are_replaced_everywhere_keeping_gender():
    text, gold = perturb_names(HARBOUR, harbour_gold(), random.Random(1))
    speakers = [q["speaker"] for q in gold["quotes"]]
    her, him = speakers[0], speakers[1]
    assert her in POOLS["female"]               # Elena: a woman's given name
    assert him in POOLS["male"]                 # Kenji: unknown name; "He" after the mention
    assert speakers[2] == "Ports Ministry"      # an organisation is no person
    for old in ("Elena", "Voss said", "Kenji", "Arata said"):
        assert old not in text
    # the surname alone is the new surname, and the title and gold follow
    assert f"\"We expect a deal by spring,\" {her.split()[1]} said." in text
    assert f"\"Nothing has changed for us,\" {him.split()[1]} said on Tuesday." in text
    assert text.startswith("Harbour Talks Resume in Port Lindby\n")
    assert gold["events"][0]["evidence"].startswith(her + ", the harbour master")
    assert gold["events"][1]["evidence"] == \
        f"\"Nothing has changed for us,\" {him.split()[1]} said on Tuesday."
    substrings_kept(text, gold)


def test_a_hyphenated_word_is_not_a_mention_of_the_name():
    text, _ = perturb_names(HARBOUR, harbour_gold(), random.Random(1))
    assert "The agency Voss-Marine was" in text and "the Arata-class ferries" in text


def test_the_same_seed_gives_the_same_rewrite_and_another_seed_may_differ():
    runs = {perturb_names(HARBOUR, harbour_gold(), random.Random(s))[0] for s in range(6)}
    assert perturb_names(HARBOUR, harbour_gold(), random.Random(3)) == \
        perturb_names(HARBOUR, harbour_gold(), random.Random(3))
    assert len(runs) > 1


def test_a_replacement_never_uses_words_already_in_the_story():
    female = POOLS["female"]
    # every woman's surname of the pool but the last is already a word of the story
    text = HARBOUR + " Ships named " + ", ".join(n.split()[1] for n in female[:-1]) + \
        " were in port."
    for seed in range(5):
        _, gold = perturb_names(text, harbour_gold(), random.Random(seed))
        assert gold["quotes"][0]["speaker"] == female[-1]


def test_a_speaker_whose_gender_is_unknown_keeps_the_name():
    text = ("Dam Inquiry Opens\n\nBy Staff Reporter\n\nThe inquiry into the dam heard from "
            "Oren Talvi, an engineer. \"The spillway was never tested,\" Talvi said.")
    gold = {"events": [], "quotes": [{"speaker": "Oren Talvi",
                                      "text": "The spillway was never tested"}]}
    assert perturb_names(text, gold, random.Random(0)) == (text, gold)


def test_two_speakers_with_one_surname_keep_sharing_one():
    text = ("Sisters Win Seats\n\nBy Staff Reporter\n\nMara Holt and Ines Holt both won "
            "seats. \"It was close,\" Mara Holt said. \"Not for me,\" Ines Holt said. Holt "
            "thanked her voters.")
    gold = {"events": [], "quotes": [{"speaker": "Mara Holt", "text": "It was close"},
                                     {"speaker": "Ines Holt", "text": "Not for me"}]}
    new, g = perturb_names(text, gold, random.Random(0))
    mara, ines = (q["speaker"] for q in g["quotes"])
    surname = ines.split()[1]
    assert ines in POOLS["female"] and mara == f"Mara {surname}"
    assert f"{surname} thanked her voters" in new and "Holt" not in new
    assert f"\"It was close,\" {mara} said." in new


def test_three_word_names_and_family_names_first():
    text = ("Water Deal Signed\n\nBy Staff Reporter\n\nAna Sofia Reyes, the river "
            "commissioner, signed for the north. \"It is fair,\" Sofia Reyes said. Reyes left "
            "before noon. Cho Minwoo signed for the south; he called it a start. \"We can build "
            "on it,\" Cho said.")
    gold = {"events": [{"evidence": "\"We can build on it,\" Cho said."}],
            "quotes": [{"speaker": "Ana Sofia Reyes", "text": "It is fair"},
                       {"speaker": "Cho Minwoo", "text": "We can build on it"}]}
    new, g = perturb_names(text, gold, random.Random(0))
    her, him = (q["speaker"] for q in g["quotes"])
    assert her in POOLS["female"] and him in POOLS["male"]
    assert f"{her}, the river commissioner" in new
    assert f"\"It is fair,\" {her.split()[1]} said. {her.split()[1]} left" in new
    # "Cho" stands alone and "Minwoo" never does: Cho is the family name
    assert f"{him} signed for the south" in new and f"\"We can build on it,\" " \
        f"{him.split()[1]} said." in new
    assert not re.search(r"\b(?:Reyes|Sofia|Cho|Minwoo)\b", new)
    substrings_kept(new, g)


# ---------------------------------------------------------------- marks

def test_curly_marks_become_straight_and_the_gold_follows():
    text = HARBOUR.replace(" \"", " “").replace(",\"", ",”")
    assert '"' not in text
    gold = harbour_gold()
    gold["events"][1]["evidence"] = "“Nothing has changed for us,” Arata said on Tuesday."
    new, g = perturb("marks", text, gold, random.Random(0))
    assert new == HARBOUR == perturb_marks(text)
    assert g["events"][1]["evidence"] == "\"Nothing has changed for us,\" Arata said on Tuesday."
    assert g["quotes"] == gold["quotes"]
    substrings_kept(new, g)


def test_in_a_story_with_curly_marks_every_mark_becomes_straight():
    mixed = 'He called it "a start" (“no,” she said) and “later"'
    assert perturb_marks(mixed) == 'He called it "a start" ("no," she said) and "later"'


def test_straight_marks_become_curly_by_what_comes_before():
    straight = 'He called it "a start" ("later") and —"soon" -"now" "end."'
    assert perturb_marks(straight) == 'He called it “a start” (“later”) and —“soon” -“now” ' \
                                      '“end.”'
    assert perturb_marks('"Go," he said.') == '“Go,” he said.'


# ---------------------------------------------------------------- verbs

SUMMIT = (
    "Minister said talks will go on\n\nBy Staff Reporter\n\n"
    + " ".join(f"Delegate {n} said on day {n} that the talks were slow. \"Nobody said in "
               f"public what was said at dinner,\" delegate {n} said. The chair said, again, "
               f"that time was short, said Delegate {n}." for n in range(1, 9)))


def test_verbs_change_only_said_outside_quotations_and_after_the_title():
    for seed in range(1, 6):
        assert perturb_verbs(SUMMIT, random.Random(seed)).startswith(
            "Minister said talks will go on\n")
    new = perturb_verbs(SUMMIT, random.Random(0))
    body = new.split("\n", 1)[1]
    assert [new[a + 1:b] for a, b in quote_pairs(new)] == \
        [SUMMIT[a + 1:b] for a, b in quote_pairs(SUMMIT)]
    assert body.count(", said Delegate") == 8              # "said" before a name stays
    swapped = re.findall(r"Delegate \d (\w+) on day", body)
    assert set(swapped) - {"said"} <= VERBS and "said" in swapped and len(set(swapped)) > 2
    assert re.search(r"The chair (?!said)\w+, again", body)


def test_said_in_a_gold_quote_stays_and_evidence_follows_the_verbs():
    text = ("Vote Delayed\n\nBy Staff Reporter\n\n" + " ".join(
        f"The speaker said on day {n} that members said nothing." for n in range(1, 10)))
    gold = {"events": [{"evidence": f"The speaker said on day {n} that members said nothing."}
                       for n in range(1, 10)],
            "quotes": [{"speaker": "members", "text": "members said nothing."}]}
    new, g = perturb("verbs", text, gold, random.Random(2))
    assert new.count("members said nothing.") == 9       # the gold quote's words are kept
    assert new != text and g["quotes"] == gold["quotes"]
    assert any(e["evidence"] != f["evidence"] for e, f in zip(g["events"], gold["events"]))
    substrings_kept(new, g)


def test_an_unknown_kind_is_an_error():
    with pytest.raises(ValueError, match="unknown perturbation 'typos'"):
        perturb("typos", HARBOUR, harbour_gold(), random.Random(0))


# ---------------------------------------------------------------- the command (model)

RAIL = ("Kenya and Uganda Agree to Build a Shared Rail Link\n\nBy Staff Reporter\n"
        "May 2, 2024\n\nKenya and Uganda signed an agreement on Thursday to build a shared "
        "rail link between Nairobi and Kampala, officials said. \"This line will carry our "
        "goods to the sea within five years,\" said Rafael Wekesa, a Kenyan transport "
        "official. Wekesa said the line would cost about $3 billion.\n")
RAIL_GOLD = {"article": {"title": "Kenya and Uganda Agree to Build a Shared Rail Link"},
             "events": [{"source": "KEN", "target": ["UGA"], "type": "COOPERATE",
                         "status": "occurred", "date": "2024-05-02",
                         "evidence": "Kenya and Uganda signed an agreement on Thursday to "
                                     "build a shared rail link"}],
             "quotes": [{"speaker": "Rafael Wekesa",
                         "text": "This line will carry our goods to the sea"}]}


@pytest.fixture
def rail_set(tmp_path):
    folder = tmp_path / "rail"
    folder.mkdir()
    (folder / "rail.txt").write_text(RAIL, encoding="utf-8")
    (folder / "rail.json").write_text(json.dumps(RAIL_GOLD), encoding="utf-8")
    return folder


@pytest.mark.model
def test_main_writes_the_markdown_and_the_baseline_is_the_set_as_written(
        rail_set, tmp_path, pipeline, monkeypatch, capsys):
    monkeypatch.setattr("entente.pipeline.Pipeline", lambda: pipeline)
    md = tmp_path / "robustness.md"
    assert robustness.main([str(rail_set), "--markdown", str(md)]) == 0
    out = md.read_text(encoding="utf-8")
    assert out.startswith("# Robustness") and "spaCy" in out
    rows = [line for line in out.splitlines() if line.startswith("| ")][1:]
    assert [r.split(" | ")[1] for r in rows] == ["none", "names", "marks", "verbs"]
    name = f"{tmp_path.name}/rail"          # a set is named as `entente eval` names it
    assert all(r.split(" | ")[0] == f"| {name}" for r in rows)
    ev = evaluate(rail_set, pipeline)
    (none,) = robustness.run([rail_set], ["none"], pipeline)
    assert none == (name, "none", ev.articles.summary()["f1"], ev.quotes_right,
                    ev.quotes_found, 1)
    assert f"{none.right}/1" in rows[0]
    assert "none" in capsys.readouterr().out


def test_main_names_a_missing_or_empty_folder_and_returns_2(tmp_path, capsys):
    assert robustness.main([str(tmp_path / "nowhere")]) == 2
    assert "nowhere: no such folder" in capsys.readouterr().err
    (tmp_path / "empty").mkdir()
    assert robustness.main([str(tmp_path / "empty")]) == 2
    assert "empty: no gold .json files found" in capsys.readouterr().err
