#!/usr/bin/env bash
# Renditions of the seeds made with real converters (LibreOffice), as a user would find them:
# TXT -> DOCX (Writer's text import), DOCX -> HTML and PDF, plus a windows-1251 copy of each TXT.
set -euo pipefail
cd "$(dirname "$0")"
profile="file:///tmp/zvitparse_lo_profile_$$"
work=$(mktemp -d)
cp ../seeds/*.txt "$work/"
soffice -env:UserInstallation="$profile" --headless --infilter="Text (encoded):UTF8,LF,,," \
  --convert-to docx --outdir . "$work"/*.txt >/dev/null
for fmt in html pdf; do
  soffice -env:UserInstallation="$profile" --headless --convert-to "$fmt" --outdir . ./*.docx >/dev/null
done
for f in ../seeds/*.txt; do
  stem=$(basename "$f" .txt)
  iconv -f utf-8 -t cp1251 "$f" > "$stem.cp1251.txt"
done
rm -rf "$work"
