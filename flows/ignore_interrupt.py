"""Imported first by the extraction workers' fork server (its preload), for its side
effect: SIGINT ignored from then on, in the fork server and in every worker it forks.

Ctrl-C in a terminal signals the whole process group. It is the flow's process's to
handle: it stops the pass and shuts the workers down between pages. A fork server
interrupted while it imports, or a worker interrupted in the middle of a page, would
print a traceback and lose the pages in hand. (The fork server ignores SIGINT by itself
once its imports are done, and hands its workers the handler it found: this one.)
"""
import signal

signal.signal(signal.SIGINT, signal.SIG_IGN)
