#!/usr/bin/env python3
"""Fills the English numerus forms of translations/storyloom_en.ts that are still empty.

The singular is the source with the noun after %n made singular ("%n stories" -> "%n story");
"(s)" after a noun becomes "" (singular) and "s" (plural). A message this cannot fill is listed and
the script exits with status 1.
"""
import re
import sys
import xml.etree.ElementTree as ET

SINGULAR = {
    "stories": "story", "epics": "epic", "points": "point", "items": "item", "criteria": "criterion",
    "personas": "persona", "insights": "insight", "views": "view", "files": "file", "issues": "issue",
    "themes": "theme", "releases": "release", "errors": "error", "warnings": "warning",
}


def forms(source):
    plural = source.replace("(s)", "s")
    singular = source.replace("(s)", "")
    # The noun is the first or second word after %n ("%n stories", "%n more stories").
    match = re.search(r"%n((?:\s+[\w']+){1,2})", singular)
    if match:
        words = match.group(1).split()
        for i, word in enumerate(words):
            if word in SINGULAR:
                words[i] = SINGULAR[word]
                break
        singular = singular[: match.start(1)] + " " + " ".join(words) + singular[match.end(1):]
    return singular, plural


def main(path):
    tree = ET.parse(path)
    unknown = []
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source")
        translation = message.find("translation")
        numerus = translation.findall("numerusform")
        if all((n.text or "").strip() for n in numerus):
            continue
        singular, plural = forms(source)
        if singular == plural and "%n" in source and not re.search(r"%n\s+chosen|%n$", source):
            unknown.append(source)
        numerus[0].text, numerus[1].text = singular, plural
        translation.attrib.pop("type", None)
    ET.indent(tree, space="    ")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(ET.tostring(tree.getroot(), encoding="unicode"))
        f.write("\n")
    for source in unknown:
        print(f"check the singular of: {source}", file=sys.stderr)
    return 1 if unknown else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
