"""Match: name keys and the clusters of people that ``run`` builds across documents.

``name_key`` folds the spellings news uses for one name (transliteration endings, diacritics,
apostrophes) to one key; ``run`` groups the claimed people into ``Result.people``, sets each
claim's ``person_id`` to its person's canonical name and lists every spelling it saw.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.models import Person, Result
from factcheck.normalise.names import name_key
from factcheck.pipeline import run

HEADER = "date 2024-12-04\n"


def article(*paragraphs: str) -> str:
    """A dated article: the header line, then paragraphs separated by blank lines."""
    return HEADER + "\n\n".join(paragraphs) + "\n"


def run_docs(folder: Path, **documents: str) -> Result:
    """``run`` over a folder holding one ``<name>.txt`` per keyword argument."""
    for name, text in documents.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8", newline="")
    return run([folder])


def person_ids(result: Result) -> dict[str, set[str]]:
    """Claimed person as written -> the person_id values its claims got."""
    ids: dict[str, set[str]] = {}
    for row in result.claims.itertuples():
        ids.setdefault(row.person, set()).add(row.person_id)
    return ids


def person(result: Result, canonical: str) -> Person:
    found = [p for p in result.people if p.canonical == canonical]
    assert len(found) == 1, [p.canonical for p in result.people]
    return found[0]


def spellings(someone: Person) -> set[str]:
    return {spelling for spelling, _ in someone.variants}


def lines_of(someone: Person, spelling: str) -> list[tuple[str, int]]:
    """(file name, line) of every place ``spelling`` of ``someone`` occurs."""
    locations = dict(someone.variants).get(spelling, ())
    return [(Path(loc.path).name, loc.line) for loc in locations]


# --- name_key ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("one", "other"),
    [
        pytest.param("Zelenskyy", "Zelenskiy", id="zelenskyy-zelenskiy"),
        pytest.param("Zelenskyy", "Zelensky", id="zelenskyy-zelensky"),
        pytest.param("Zelenskiy", "Zelensky", id="zelenskiy-zelensky"),
        pytest.param("Oleksii", "Oleksiy", id="oleksii-oleksiy"),
        pytest.param("Syrskyi", "Syrsky", id="syrskyi-syrsky"),
        pytest.param("Šefčovič", "Sefcovic", id="diacritics"),
        pytest.param("Wałęsa", "Walesa", id="l-stroke"),
        pytest.param("O’Brien", "O'Brien", id="curly-apostrophe"),
        pytest.param("O'Brien", "OBrien", id="no-apostrophe"),
        pytest.param("ZELENSKYY", "Zelenskyy", id="case"),
    ],
)
def test_name_key_folds_spellings_of_one_name(one: str, other: str) -> None:
    assert name_key(one) == name_key(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        pytest.param("Stoltenberg", "Stoltenburg", id="misspelling-is-not-a-variant"),
        pytest.param("Baker", "Barker", id="different-surnames"),
        pytest.param("Kuleba", "Kulebo", id="different-vowel"),
    ],
)
def test_name_key_keeps_different_names_apart(one: str, other: str) -> None:
    assert name_key(one) != name_key(other)


def test_name_key_values() -> None:
    assert name_key("Zelenskyy") == "zelensky"
    assert name_key("O’Brien") == "obrien"
    assert name_key("Šefčovič") == "sefcovic"


# --- clusters through run ----------------------------------------------------------------------


def test_transliterations_across_documents_are_one_person(tmp_path: Path) -> None:
    result = run_docs(
        tmp_path,
        a=article(
            "Ukraine's President Volodymyr Zelenskyy spoke in Kyiv.",
            "Zelenskyy said more help was needed.",
        ),
        b=article(
            "Ukrainian President Volodymyr Zelensky visited Berlin.", "Zelensky met the chancellor."
        ),
    )
    ids = person_ids(result)
    assert set(ids) == {"Volodymyr Zelenskyy", "Volodymyr Zelensky"}
    assert len(set().union(*ids.values())) == 1
    (person_id,) = ids["Volodymyr Zelenskyy"]
    zelenskyy = person(result, person_id)
    assert spellings(zelenskyy) == {"Zelenskyy", "Zelensky"}
    assert zelenskyy.key_of("Zelenskyy") == zelenskyy.key_of("Zelensky") != ""
    assert lines_of(zelenskyy, "Zelensky") == [("b.txt", 2), ("b.txt", 4)]


def test_romanised_given_name_with_or_without_hyphen_is_one_person(tmp_path: Path) -> None:
    result = run_docs(
        tmp_path,
        a=article("Baldrige will meet South Korea's Trade Minister Rha Woong Bae on Monday."),
        b=article("The talks are with South Korea's Trade Minister Rha Woong-bae in Seoul."),
    )
    ids = person_ids(result)
    assert set(ids) == {"Rha Woong Bae", "Rha Woong-bae"}
    assert len(set().union(*ids.values())) == 1
    assert not [f for f in result.findings if f.code == "FC101"]


def test_surname_with_particles_joins_the_full_name(tmp_path: Path) -> None:
    result = run_docs(
        tmp_path,
        a=article("European Commission President Ursula von der Leyen spoke in Brussels."),
        b=article("European Commission President Von der Leyen met the leaders."),
    )
    ids = person_ids(result)
    assert len(set().union(*ids.values())) == 1


def test_bare_variant_in_another_document_joins_the_person(tmp_path: Path) -> None:
    result = run_docs(
        tmp_path,
        a=article("Ukraine's President Volodymyr Zelenskyy spoke in Kyiv."),
        b=article("Zelensky urged allies to act.", "Zelensky met the chancellor."),
    )
    assert [p.canonical for p in result.people] == ["Volodymyr Zelenskyy"]
    assert spellings(result.people[0]) == {"Zelenskyy", "Zelensky"}


def test_rare_misspelling_beside_the_name_joins_with_its_own_key(tmp_path: Path) -> None:
    result = run_docs(
        tmp_path,
        a=article(
            "NATO Secretary General Jens Stoltenberg arrived in Kyiv.",
            "Stoltenberg met officials. Stoltenberg said aid would come.",
            "Stoltenburg stressed unity.",
            "Stoltenberg left on Tuesday.",
        ),
    )
    assert set(result.claims["person_id"]) == {"Jens Stoltenberg"}
    stoltenberg = person(result, "Jens Stoltenberg")
    assert spellings(stoltenberg) == {"Stoltenberg", "Stoltenburg"}
    assert len(lines_of(stoltenberg, "Stoltenberg")) == 4
    assert lines_of(stoltenberg, "Stoltenburg") == [("a.txt", 6)]
    assert stoltenberg.key_of("Stoltenburg") != stoltenberg.key_of("Stoltenberg")
    # the most used spelling comes first
    assert stoltenberg.variants[0][0] == "Stoltenberg"


def test_near_miss_in_a_document_without_the_name_is_not_attached(tmp_path: Path) -> None:
    result = run_docs(
        tmp_path,
        a=article("NATO Secretary General Jens Stoltenberg arrived in Kyiv."),
        b=article(
            "Stoltenburg is a small village in the hills.",
            "Visitors to Stoltenburg come for the lake.",
        ),
    )
    stoltenberg = person(result, "Jens Stoltenberg")
    assert spellings(stoltenberg) == {"Stoltenberg"}
    assert all(
        Path(loc.path).name == "a.txt" for _, locations in stoltenberg.variants for loc in locations
    )


def test_namesakes_with_different_first_names_stay_two_people(tmp_path: Path) -> None:
    result = run_docs(
        tmp_path,
        a=article(
            "Treasury Secretary James Baker met White House chief of staff Howard Baker "
            "in Washington.",
            "James Baker said the dollar was stable. Howard Baker said nothing.",
        ),
    )
    ids = person_ids(result)
    assert ids == {"James Baker": {"James Baker"}, "Howard Baker": {"Howard Baker"}}
    assert {p.canonical for p in result.people} == {"James Baker", "Howard Baker"}


def test_namesakes_in_separate_documents_keep_their_bare_mentions(tmp_path: Path) -> None:
    result = run_docs(
        tmp_path,
        a=article("Treasury Secretary James Baker met officials."),
        b=article(
            "White House chief of staff Howard Baker met reporters.",
            "Baker said the president was fine.",
        ),
    )
    assert len(set(result.claims["person_id"])) == 2
    assert lines_of(person(result, "James Baker"), "Baker") == [("a.txt", 2)]
    assert lines_of(person(result, "Howard Baker"), "Baker") == [("b.txt", 2), ("b.txt", 4)]


def test_namesakes_in_hard_wrapped_text(tmp_path: Path) -> None:
    result = run_docs(
        tmp_path,
        w=HEADER + "The dollar rose against most major currencies in early European\n"
        "trading today, dealers said, after Treasury Secretary James\n"
        "Baker said the United States and its partners would keep working\n"
        "together on exchange rates, dealers in London and New York\n"
        "said. White House chief of staff Howard Baker said nothing.\n",
    )
    ids = person_ids(result)
    assert ids == {"James Baker": {"James Baker"}, "Howard Baker": {"Howard Baker"}}
    assert lines_of(person(result, "Howard Baker"), "Baker") == [("w.txt", 6)]


def test_canonical_is_the_most_used_full_form(tmp_path: Path) -> None:
    result = run_docs(
        tmp_path,
        a=article("Ukrainian President Volodymyr Zelensky spoke in Kyiv."),
        b=article(
            "Ukraine's President Volodymyr Zelenskyy visited Berlin.",
            "Volodymyr Zelenskyy met the chancellor. Volodymyr Zelenskyy left.",
        ),
    )
    assert [p.canonical for p in result.people] == ["Volodymyr Zelenskyy"]
    assert set(result.claims["person_id"]) == {"Volodymyr Zelenskyy"}
    ids = person_ids(result)
    assert ids["Volodymyr Zelensky"] == {"Volodymyr Zelenskyy"}


def test_canonical_prefers_full_form_over_more_frequent_surname(tmp_path: Path) -> None:
    result = run_docs(
        tmp_path,
        a=article(
            "NATO Secretary General Jens Stoltenberg arrived.",
            "Stoltenberg said so. Stoltenberg left. Stoltenberg returned.",
        ),
    )
    assert [p.canonical for p in result.people] == ["Jens Stoltenberg"]
