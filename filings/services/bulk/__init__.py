"""Writes of bulk filing (SPEC K2–K4, N3; QUALITY D1–D10, J3, I1).

The only module that creates or changes `BulkUpload` and `BulkRow` rows:

- reception (`receive`): the workbook is read by `filings.xlsx.read_upload` (the safe reader)
  and every row is checked with the rules of single filings — field rules, the registry
  (identity, current card), whether the kind is allowed for the person, proxy consent (Q78) —
  plus duplicates within the file. Any problem makes a *reception error* listing every problem
  by row, column and code, and no filing; otherwise one filing per row, the rows and the
  reception mail are written in one transaction (K3, K4). The registry is read once for the
  whole file (cards, consents, accounts by the set of card numbers), not per row;
- concurrency (J3): reception of one organization's files is serialised by a lock on its
  registry row; the same bytes accepted before return that upload (a unique constraint is the
  last guard); an overlapping file supersedes the same content filed earlier that day (F7), so
  nobody is counted twice;
- registration (`register_batch`): rows are registered in batches, each batch claimed in one
  transaction and registered in a second one with the registry read once for the batch and
  the same rules as a single registration (`registration.registration_problems`), so a row
  fails alone with its registry error codes and the others go on (K3), in a number of queries
  that does not grow with the batch; when every row has an outcome the upload is *completed*
  and one result mail goes to the uploader. Rows' filings send no mails of their own; they
  become completed when the result mail has gone out (`filings.services.completion`, S2);
- the sweeper re-queues uploads a lost message or a killed worker left open (I1).

The parts: `common` (refusals, limits, the problem record), `checking` (a read sheet against
the rules), `reception`, `registering` (batches, completion, sweeper) and `results` (what the
pages and the error workbook show) and `report` (the error workbook built once by a worker,
stored, and removed with the upload's workbook). Callers use the names below, from the
package.
"""

from filings.constants import BULK_MAX_ROWS

from .checking import Checked, RowPlan, check_sheet
from .common import (
    FORM_ERRORS,
    KIND_COLUMN,
    PROXY_FAMILY,
    REGISTER_TASK,
    SWEEP_AFTER,
    UploadRefused,
    batch_size,
    max_bytes,
    problem,
    read_stored,
    safe_filename,
    stored_path,
    upload_dir,
)
from .reception import Received, check_quota, receive, remove_kept_workbooks
from .registering import DONE, MORE, SKIPPED, register_batch, sweep
from .report import (
    ERROR_WORKBOOK_TASK,
    build_error_workbook,
    needs_error_workbook,
    queue_error_workbook,
    remove_error_workbook,
    sweep_error_workbooks,
)
from .results import (
    ResultRows,
    cell_problems,
    error_workbook,
    progress,
    registration_problems,
    result_rows,
)

__all__ = [
    "BULK_MAX_ROWS",
    "DONE",
    "ERROR_WORKBOOK_TASK",
    "FORM_ERRORS",
    "KIND_COLUMN",
    "MORE",
    "PROXY_FAMILY",
    "REGISTER_TASK",
    "SKIPPED",
    "SWEEP_AFTER",
    "Checked",
    "Received",
    "ResultRows",
    "RowPlan",
    "UploadRefused",
    "batch_size",
    "build_error_workbook",
    "cell_problems",
    "check_quota",
    "check_sheet",
    "error_workbook",
    "max_bytes",
    "needs_error_workbook",
    "problem",
    "progress",
    "queue_error_workbook",
    "read_stored",
    "receive",
    "register_batch",
    "registration_problems",
    "remove_error_workbook",
    "remove_kept_workbooks",
    "result_rows",
    "safe_filename",
    "stored_path",
    "sweep",
    "sweep_error_workbooks",
    "upload_dir",
]
