#!/usr/bin/env python3
"""Complete the English translation file from the English source texts.

English is BranchDesk's source language, so every English "translation" is the
source text itself. lupdate nevertheless adds each new or changed message to
branchdesk_en.ts as unfinished with an empty translation, which lrelease would
leave out of the .qm file. Run this script after every

    cmake --build build --target update_translations

to fill them in:

    python3 translations/complete_english.py [FILE.ts ...]

Without arguments it completes translations/branchdesk_en.ts next to this script.

For every <message> whose translation is unfinished (type="unfinished") or empty
it writes the source text as the translation and removes type="unfinished".
Numerus messages (numerus="yes") get the source text in each <numerusform>
(English has two: singular and plural; %n carries the number). Finished, non-empty
translations and vanished/obsolete messages are never touched, and the layout
lupdate wrote is kept, so running the script twice changes nothing the second time.

Options:
    --check   change nothing; exit with 1 if any message would be completed.

Python 3 standard library only. Exit status: 0 done, 1 --check found work or a
file could not be processed, 2 wrong usage.
"""

import os
import re
import sys

ENGLISH_PLURAL_FORMS = 2

MESSAGE = re.compile(r'<message\b[^>]*>.*?</message>', re.S)
SOURCE = re.compile(r'<source>(.*?)</source>', re.S)
# <translation ...>...</translation> or <translation .../>, with its indentation.
TRANSLATION = re.compile(
    r'(?P<indent>[ \t]*)<translation(?P<attrs>[^>]*?)(?:/>|>(?P<body>.*?)</translation>)', re.S)
NUMERUSFORM = re.compile(r'<numerusform[^>]*?(?:/>|>(.*?)</numerusform>)', re.S)
TYPE = re.compile(r'\s*type="([^"]*)"')


def is_empty(text):
    return text is None or text.strip() == ''


def needs_completion(attrs, body, numerus):
    kind = TYPE.search(attrs)
    kind = kind.group(1) if kind else ''
    if kind in ('vanished', 'obsolete'):
        return False
    if kind == 'unfinished':
        return True
    if numerus:
        forms = NUMERUSFORM.findall(body or '')
        return not forms or any(is_empty(form) for form in forms)
    return is_empty(body)


def complete_message(message):
    """Return (message, changed)."""
    head = message.split('>', 1)[0]
    numerus = 'numerus="yes"' in head
    source = SOURCE.search(message)
    found = TRANSLATION.search(message)
    if source is None or found is None:
        return message, False
    attrs, body = found.group('attrs'), found.group('body')
    if not needs_completion(attrs, body, numerus):
        return message, False

    text = source.group(1)  # already escaped the way lupdate writes it
    indent = found.group('indent')
    attrs = TYPE.sub('', attrs)
    if numerus:
        count = max(len(NUMERUSFORM.findall(body or '')), ENGLISH_PLURAL_FORMS)
        forms = ''.join(f'{indent}    <numerusform>{text}</numerusform>\n' for _ in range(count))
        translation = f'{indent}<translation{attrs}>\n{forms}{indent}</translation>'
    else:
        translation = f'{indent}<translation{attrs}>{text}</translation>'
    return message[:found.start()] + translation + message[found.end():], True


def complete_file(path, check_only):
    with open(path, encoding='utf-8', newline='') as f:
        original = f.read()
    changed = 0

    def replace(match):
        nonlocal changed
        message, did = complete_message(match.group(0))
        changed += did
        return message

    completed = MESSAGE.sub(replace, original)
    if changed and not check_only:
        with open(path, 'w', encoding='utf-8', newline='') as f:
            f.write(completed)
    total = len(MESSAGE.findall(original))
    verb = 'would complete' if check_only else 'completed'
    print(f'{path}: {verb} {changed} of {total} message(s)')
    return changed


def main(argv):
    args = argv[1:]
    check_only = '--check' in args
    args = [a for a in args if a != '--check']
    if any(a.startswith('-') for a in args):
        print(__doc__, file=sys.stderr)
        return 2
    if not args:
        args = [os.path.join(os.path.dirname(os.path.abspath(__file__)), 'branchdesk_en.ts')]
    pending = 0
    for path in args:
        try:
            pending += complete_file(path, check_only)
        except (OSError, UnicodeDecodeError) as error:
            print(f'{path}: {error}', file=sys.stderr)
            return 1
    return 1 if check_only and pending else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
