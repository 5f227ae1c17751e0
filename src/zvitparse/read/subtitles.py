"""Subtitles saved as text (SRT, WebVTT): the spoken words, without cue numbers and timestamps.

A video report's captions break a phrase over cues («… соціальні послуги отримали» / «1142
людини …»); read as lines, each cue's timestamp splits the phrase from its figure. The cues of one
speaker are joined into one paragraph, cue after cue; a speaker's mark («[Директорка центру]», «-»)
opens a new one.
"""

from __future__ import annotations

import regex

_TIMESTAMP = regex.compile(r"^\s*(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}\s*-->\s*(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}(?:\s.*)?$")
_CUE_NUMBER = regex.compile(r"^\s*\d{1,6}\s*$")
_HEADER = regex.compile(r"^\s*(?:WEBVTT|NOTE|STYLE|Kind:|Language:)(?:\s.*)?$")
_SPEAKER = regex.compile(r"^\s*(?:\[[^\]]{2,60}\]|\([^)]{2,60}\)|[-–—]\s)")

# timestamps on at least this share of the non-blank lines make a text subtitles
SUBTITLE_SHARE = 0.2
MIN_CUES = 3


def is_subtitles(text: str) -> bool:
    lines = [ln for ln in text.splitlines() if ln.strip()]
    cues = sum(1 for ln in lines if _TIMESTAMP.match(ln))
    return cues >= MIN_CUES and cues >= SUBTITLE_SHARE * len(lines)


def subtitle_text(text: str) -> str:
    """The spoken text of subtitles: one paragraph per speaker's turn."""
    paras: list[list[str]] = [[]]
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if not line.strip() or _TIMESTAMP.match(line) or _CUE_NUMBER.match(line) or _HEADER.match(line):
            continue
        if _SPEAKER.match(line) and paras[-1]:
            paras.append([])
        paras[-1].append(" ".join(line.split()))
    return "\n\n".join(" ".join(p) for p in paras if p)
