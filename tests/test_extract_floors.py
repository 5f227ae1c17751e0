"""Accuracy floors on our own gold corpora: reports in styles the seeds lack.

A floor only ever moves up (trafilatura's habit): raise it when the figure rises, never lower it
to make a change pass. One exception, said where it is made: in session 15 the reasons people
and children were taken off a register for («Знято з обслуговування 39 осіб: у зв'язку зі смертю
– 24») became `deregistered`, as 28 blind sets' gold reads them, where 7 older ones read
`outcome_other`; those sets' floors moved down with their figures. `corpus/heldout` was written blind and later used for development;
`corpus/blind` was measured without looking at its misses; `corpus/fresh` and `corpus/fresh2`
(reports written blind in session 2) are the development sets of session 2; `blind2`–`blind5`
were opened in session 3, `blind6`, `blind7` in session 4, `blind9`–`blind11` in session 5 and
`blind12`, `blind13` in session 6, `blind15` in session 7, `blind16`–`blind18` in session 8 and
`blind19`–`blind21` in session 9, `blind22`–`blind25` in session 10, `blind26`–`blind28` in
session 11, `blind29`–`blind31` in session 12, `blind32`–`blind34` in session 13 and `blind35`–`blind40` in
session 14, `blind41`–`blind49` in session 15, `blind50`–`blind58` in session 16 and `blind59`–`blind67` in
session 17, `blind68`–`blind75` in session 18, `blind76`–`blind83` in session 19, `blind84`–`blind91` in session 20, `blind92`–`blind99` in session 21, `blind100`–`blind107` in session 22, `blind108`–`blind115` in session 23, `blind116`–`blind123` in session 24, each after its one blind score. A second exception, in session 17: the social taxi's rides
in prose stopped counting as services (the blind sets' annotators skip them 50 times to 8); the
six folders whose gold counted them (blind2, blind9, blind10, blind24, blind28, fresh) lost a
figure or two, within their floors.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from zvitparse.eval import evaluate

ROOT = Path(__file__).resolve().parents[1] / "corpus"
FLOORS = {
    # gold folder, reports folder: micro F1 floor, metadata accuracy floor
    ("gold", "own"): (0.965, 1),
    ("heldout_gold", "heldout"): (0.955, 1),
    ("blind_gold", "blind"): (0.94, 1),
    ("fresh_gold", "fresh"): (0.965, 0.95),
    ("fresh2_gold", "fresh2"): (0.955, 0.95),
    ("blind2_gold", "blind2"): (0.955, 0.95),
    ("blind3_gold", "blind3"): (0.945, 0.95),
    ("blind4_gold", "blind4"): (0.945, 0.95),
    ("blind5_gold", "blind5"): (0.875, 0.9),
    ("blind6_gold", "blind6"): (0.96, 1),
    ("blind7_gold", "blind7"): (0.935, 0.95),
    ("blind8_gold", "blind8"): (0.895, 0.95),  # its one blind score (0.820); never opened
    ("blind9_gold", "blind9"): (0.975, 1),  # first 0.742; opened in session 5
    ("blind10_gold", "blind10"): (0.95, 0.95),  # first 0.648; opened in session 5
    ("blind11_gold", "blind11"): (0.965, 0.9),  # first 0.560; opened in the last hour of session 5
    ("blind12_gold", "blind12"): (0.995, 0.95),  # first 0.783; opened in session 6
    ("blind13_gold", "blind13"): (0.945, 0.9),  # first 0.555; opened in the second half of session 6
    ("blind14_gold", "blind14"): (0.96, 0.95),  # its one blind score (0.956, ordinary reports); kept closed
    ("blind15_gold", "blind15"): (0.975, 0.9),  # first 0.871; opened in session 7
    ("blind16_gold", "blind16"): (0.99, 0.95),  # first 0.746; opened in session 8
    ("blind17_gold", "blind17"): (0.98, 0.95),  # first 0.912; opened in session 8
    ("blind18_gold", "blind18"): (0.965, 0.95),  # first 0.878; opened in the last hour of session 8
    ("blind19_gold", "blind19"): (0.995, 0.9),  # first 0.912; opened in session 9
    ("blind20_gold", "blind20"): (0.975, 0.9),  # first 0.909; opened in session 9
    ("blind21_gold", "blind21"): (0.89, 0.95),  # first 0.832; opened in the last hour of session 9
    ("blind22_gold", "blind22"): (0.89, 0.95),  # first 0.846; opened in session 10
    ("blind23_gold", "blind23"): (0.945, 0.9),  # first 0.888; opened in session 10
    ("blind24_gold", "blind24"): (0.83, 1),  # first 0.776; opened in session 10
    ("blind25_gold", "blind25"): (0.965, 0.9),  # first 0.823; opened in session 10
    ("blind26_gold", "blind26"): (0.905, 0.95),  # first 0.884; opened in session 11
    ("blind27_gold", "blind27"): (0.965, 1),  # first 0.867; opened in session 11
    ("blind28_gold", "blind28"): (0.965, 1),  # first 0.852; opened in session 11
    ("blind29_gold", "blind29"): (0.99, 0.95),  # first 0.862; opened in session 12
    ("blind30_gold", "blind30"): (0.96, 0.95),  # first 0.874; opened in session 12
    ("blind31_gold", "blind31"): (0.96, 0.95),  # first 0.872; opened in session 12
    ("blind32_gold", "blind32"): (0.93, 0.95),  # first 0.843; opened in session 13
    ("blind33_gold", "blind33"): (0.94, 1),  # first 0.836; opened in session 13
    ("blind34_gold", "blind34"): (0.955, 0.9),  # first 0.783; opened in session 13
    ("blind35_gold", "blind35"): (0.97, 0.95),  # first 0.831; opened in session 14
    ("blind36_gold", "blind36"): (0.97, 0.95),  # first 0.846; opened in session 14
    ("blind37_gold", "blind37"): (0.96, 1),  # first 0.883; opened in session 14
    ("blind38_gold", "blind38"): (0.99, 0.95),  # first 0.925; opened in session 14
    ("blind39_gold", "blind39"): (0.905, 0.9),  # first 0.873; opened in the second half of session 14
    ("blind40_gold", "blind40"): (0.875, 1),  # first 0.761; opened in the second half of session 14
    ("blind41_gold", "blind41"): (0.965, 0.95),  # first 0.885; opened in session 15
    ("blind42_gold", "blind42"): (0.925, 0.95),  # first 0.820; opened in session 15
    ("blind43_gold", "blind43"): (0.97, 0.9),  # first 0.930; opened in session 15
    ("blind44_gold", "blind44"): (0.96, 0.95),  # first 0.927; opened in session 15
    ("blind45_gold", "blind45"): (0.97, 0.95),  # first 0.882; opened in session 15; gold of b45_07 took its three counters in session 23 (0.975 before)
    ("blind46_gold", "blind46"): (0.925, 1),  # first 0.890; opened in session 15
    ("blind47_gold", "blind47"): (0.965, 0.95),  # first 0.765; opened in session 15
    ("blind48_gold", "blind48"): (0.945, 0.95),  # first 0.891; opened in session 15
    ("blind49_gold", "blind49"): (0.88, 0.85),  # first 0.785; opened in session 15
    ("blind50_gold", "blind50"): (0.95, 0.9),  # first 0.946; opened in session 16
    ("blind51_gold", "blind51"): (0.94, 0.95),  # first 0.913; opened in session 16
    ("blind52_gold", "blind52"): (0.965, 0.9),  # first 0.911; opened in session 16
    ("blind53_gold", "blind53"): (0.94, 0.95),  # first 0.898; opened in session 16
    ("blind54_gold", "blind54"): (0.91, 0.85),  # first 0.874; opened in session 16
    ("blind55_gold", "blind55"): (0.96, 1),  # first 0.933; opened in session 16
    ("blind56_gold", "blind56"): (0.925, 0.8),  # first 0.867; opened in the second half of session 16
    ("blind57_gold", "blind57"): (0.98, 0.9),  # first 0.863; opened in the second half of session 16
    ("blind58_gold", "blind58"): (0.94, 0.85),  # first 0.900; opened in the second half of session 16
    ("blind59_gold", "blind59"): (0.98, 0.9),  # first 0.954; opened in session 17
    ("blind60_gold", "blind60"): (0.905, 0.85),  # first 0.819; opened in session 17
    ("blind61_gold", "blind61"): (0.95, 0.95),  # first 0.896; opened in session 17
    ("blind62_gold", "blind62"): (0.96, 0.95),  # first 0.864; opened in session 17
    ("blind63_gold", "blind63"): (0.955, 1),  # first 0.905; opened in session 17
    ("blind64_gold", "blind64"): (0.955, 0.95),  # first 0.888; opened in session 17
    ("blind65_gold", "blind65"): (0.965, 0.9),  # first 0.798; opened in the second half of session 17
    ("blind66_gold", "blind66"): (0.91, 0.9),  # first 0.714; opened in the second half of session 17
    ("blind67_gold", "blind67"): (0.93, 0.95),  # first 0.848; opened in the second half of session 17
    ("blind68_gold", "blind68"): (0.985, 0.9),  # first 0.980; opened in session 18
    ("blind69_gold", "blind69"): (0.96, 0.95),  # first 0.921; opened in session 18
    ("blind70_gold", "blind70"): (0.955, 0.9),  # first 0.937; opened in session 18
    ("blind71_gold", "blind71"): (0.93, 0.9),  # first 0.852; opened in session 18
    ("blind72_gold", "blind72"): (0.95, 0.9),  # first 0.883; opened in session 18
    ("blind73_gold", "blind73"): (0.97, 0.9),  # first 0.970; opened in session 18
    ("blind74_gold", "blind74"): (0.935, 0.95),  # first 0.902; opened in session 18
    ("blind75_gold", "blind75"): (0.96, 0.95),  # first 0.943; opened in session 18
    ("blind76_gold", "blind76"): (0.925, 0.95),  # first 0.888; opened in session 19
    ("blind77_gold", "blind77"): (0.955, 0.9),  # first 0.892; opened in session 19
    ("blind78_gold", "blind78"): (0.935, 0.9),  # first 0.913; opened in session 19
    ("blind79_gold", "blind79"): (0.965, 0.9),  # first 0.930; opened in session 19
    ("blind80_gold", "blind80"): (0.985, 1),  # first 0.961; opened in session 19
    ("blind81_gold", "blind81"): (0.97, 0.95),  # first 0.783; opened in session 19
    ("blind82_gold", "blind82"): (0.94, 0.95),  # first 0.907; opened in session 19
    ("blind83_gold", "blind83"): (0.885, 0.9),  # first 0.885; opened in session 19
    ("blind84_gold", "blind84"): (0.95, 0.95),  # first 0.905; opened in session 20
    ("blind85_gold", "blind85"): (0.975, 0.95),  # first 0.824; opened in session 20
    ("blind86_gold", "blind86"): (0.965, 0.9),  # first 0.872; opened in session 20
    ("blind87_gold", "blind87"): (0.93, 0.9),  # first 0.928; opened in session 20
    ("blind88_gold", "blind88"): (0.92, 0.95),  # first 0.911; opened in session 20
    ("blind89_gold", "blind89"): (0.94, 0.85),  # first 0.929; opened in session 20
    ("blind90_gold", "blind90"): (0.94, 0.9),  # first 0.939; opened in session 20
    ("blind91_gold", "blind91"): (0.94, 0.9),  # first 0.928; opened in session 20
    ("blind92_gold", "blind92"): (0.965, 0.95),  # first 0.934; opened in session 21
    ("blind93_gold", "blind93"): (0.935, 0.95),  # first 0.931; opened in session 21
    ("blind94_gold", "blind94"): (0.94, 0.9),  # first 0.785; opened in session 21
    ("blind95_gold", "blind95"): (0.98, 0.95),  # first 0.969; opened in session 21
    ("blind96_gold", "blind96"): (0.965, 0.95),  # first 0.894; opened in session 21
    ("blind97_gold", "blind97"): (0.93, 0.95),  # first 0.883; opened in session 21
    ("blind98_gold", "blind98"): (0.97, 0.95),  # first 0.933; opened in session 21
    ("blind99_gold", "blind99"): (0.885, 0.9),  # first 0.862; opened in session 21
    ("blind100_gold", "blind100"): (0.975, 0.95),  # first 0.894; opened in session 22
    ("blind101_gold", "blind101"): (0.985, 0.95),  # first 0.974; opened in session 22
    ("blind102_gold", "blind102"): (0.905, 0.85),  # first 0.848; opened in session 22
    ("blind103_gold", "blind103"): (0.88, 0.9),  # first 0.811; opened in session 22
    ("blind104_gold", "blind104"): (0.925, 0.9),  # first 0.907; opened in session 22
    ("blind105_gold", "blind105"): (0.99, 0.9),  # first 0.933; opened in session 22
    ("blind106_gold", "blind106"): (0.965, 0.95),  # first 0.915; opened in session 22
    ("blind107_gold", "blind107"): (0.96, 0.9),  # first 0.872; opened in session 22
    ("blind108_gold", "blind108"): (0.965, 0.9),  # first 0.959; opened in session 23
    ("blind109_gold", "blind109"): (0.925, 0.95),  # first 0.895; opened in session 23
    ("blind110_gold", "blind110"): (0.96, 0.9),  # first 0.887; opened in session 23
    ("blind111_gold", "blind111"): (0.97, 1),  # first 0.960; opened in session 23
    ("blind112_gold", "blind112"): (0.95, 0.85),  # first 0.911; opened in session 23
    ("blind113_gold", "blind113"): (0.945, 0.9),  # first 0.922; opened in session 23
    ("blind114_gold", "blind114"): (0.935, 0.95),  # first 0.884; opened in session 23
    ("blind115_gold", "blind115"): (0.965, 0.95),  # first 0.914; opened in session 23
    ("blind116_gold", "blind116"): (0.965, 0.95),  # first 0.934; opened in session 24
    ("blind117_gold", "blind117"): (0.96, 1),  # first 0.949; opened in session 24
    ("blind118_gold", "blind118"): (0.955, 0.95),  # first 0.892; opened in session 24
    ("blind119_gold", "blind119"): (0.955, 0.95),  # first 0.959; opened in session 24
    ("blind120_gold", "blind120"): (0.94, 0.9),  # first 0.887; opened in session 24
    ("blind121_gold", "blind121"): (0.91, 0.9),  # first 0.893; opened in session 24
    ("blind122_gold", "blind122"): (0.905, 0.95),  # first 0.885; opened in session 24
    ("blind123_gold", "blind123"): (0.96, 0.9),  # first 0.942; opened in session 24
}


@pytest.mark.parametrize(("gold", "docs"), [k for k in FLOORS if (ROOT / k[0]).is_dir()])
def test_corpus_floor(gold, docs):
    f1_floor, meta_floor = FLOORS[(gold, docs)]
    res = evaluate(ROOT / gold, [ROOT / docs])
    assert not [d.stem for d in res.docs if d.error]
    assert res.micro.f1 >= f1_floor, res.to_dict()["micro"]
    meta = res.to_dict().get("meta") or {}
    scored = sum(v["scored"] for v in meta.values())
    if scored:
        assert sum(v["correct"] for v in meta.values()) / scored >= meta_floor, meta
