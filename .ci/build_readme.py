"""Build README.md from nbs/index.ipynb without quarto (offline): drop `#| hide` cells, strip `#|` directives,
convert to Markdown with nbconvert. `--check` exits 1 if README.md is out of date."""
import sys, re
from pathlib import Path
import nbformat
from nbconvert import MarkdownExporter

root = Path(__file__).resolve().parent.parent

def build()->str:
    nb = nbformat.read(root/'nbs'/'index.ipynb', as_version=4)
    cells = []
    for c in nb.cells:
        lines = c.source.split('\n')
        if c.cell_type == 'code':
            if any(re.match(r'#\|\s*hide', l) for l in lines): continue
            c.source = '\n'.join(l for l in lines if not l.startswith('#|')).strip('\n')
            c.outputs = [o for o in c.get('outputs', []) if o.get('name') != 'stderr' and    # progress bars
                         'application/vnd.jupyter.widget-view+json' not in o.get('data', {})]
        cells.append(c)
    nb.cells = cells
    nb.metadata['language_info'] = {'name': 'python'}
    body, _ = MarkdownExporter().from_notebook_node(nb)
    note = '<!-- generated from nbs/index.ipynb by .ci/build_readme.py; edit the notebook, not this file -->\n\n'
    return note + re.sub(r'\n{3,}', '\n\n', body).strip() + '\n'

if __name__ == '__main__':
    text, out = build(), root/'README.md'
    if '--check' in sys.argv:
        if not out.exists() or out.read_text() != text:
            print('README.md is out of date: run python .ci/build_readme.py'); sys.exit(1)
    else: out.write_text(text)
