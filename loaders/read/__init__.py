"""Reading: a file's bytes to normalised Vietnamese text with an offset map back into the original.

The flow: `files` finds documents and decodes them (UTF-8/16, Windows-1258, `legacy` TCVN3 and VNI, PDF,
DOCX, `zipcheck` guarding archives), `markdown` removes portal markup, `normalize` gives NFC text with
lines rejoined (`breaks`) and the offsets that map every span back to the raw text.
"""
