"""Files re-saved by a real LibreOffice, as an office re-saves the template (tests marked
`soffice`): one soffice run converts several files, since starting it costs seconds."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

# LibreOffice's CSV filter options: separator, quote (as character codes), character set
# (76 UTF-8, 1 Windows-1252), first line; "CSV UTF-8" as the template's instructions ask.
CSV_UTF8 = "csv:Text - txt - csv (StarCalc):44,34,76,1"
TSV_UTF8 = "csv:Text - txt - csv (StarCalc):9,34,76,1"
CSV_WESTERN = "csv:Text - txt - csv (StarCalc):44,34,1,1"
XLSX = "xlsx:Calc MS Excel 2007 XML"


def convert(files: dict[str, bytes], target: str) -> dict[str, bytes]:
    """`files` (name -> content) converted to `target` in one soffice run, with a throw-away
    profile; the result by the same names, with the target's extension."""
    extension = target.split(":", 1)[0]
    with tempfile.TemporaryDirectory(prefix="soffice-") as tmp:
        root = Path(tmp)
        source, out = root / "in", root / "out"
        source.mkdir()
        paths = []
        for name, content in files.items():
            path = source / name
            path.write_bytes(content)
            paths.append(str(path))
        subprocess.run(
            [
                shutil.which("soffice") or "soffice",
                f"-env:UserInstallation={(root / 'profile').as_uri()}",
                "--headless",
                "--norestore",
                "--convert-to",
                target,
                "--outdir",
                str(out),
                *paths,
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        return {name: (out / f"{Path(name).stem}.{extension}").read_bytes() for name in files}
