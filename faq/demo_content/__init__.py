"""Demo Q&A of the portal: the basics of the notification system and how to use the system.

Each section is plain data (titles, intros, subsections and questions, text per language code)
so the seed command can build the Q&A pages from it. Questions keep a stable key; answers refer
to other questions as ``{{q:KEY}}`` so the numbering can change without breaking links.
"""

from .basics import BASICS
from .operation import OPERATION

SECTIONS = [BASICS, OPERATION]
