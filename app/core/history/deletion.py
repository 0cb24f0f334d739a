"""What deleting a message removes, said exactly before it happens.

Replies, edits and regenerations hang below a message in the tree, so deleting it must remove
everything below it: on the branch on screen, and on branches (other versions of later messages)
that may never have been opened. :func:`plan_delete` counts both before anything is removed,
:func:`describe_delete` turns the count into the confirmation sentence, and :func:`carry_out`
deletes exactly the planned messages, refusing when the tree changed in between (another window
or the CLI added a message below it), so nothing goes that the sentence did not name.
:func:`delete_conversations` deletes whole chats and every copy of their text (window and CLI).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .conversation import Role
from .storage import Storage, StorageError


@dataclass(frozen=True)
class DeletePlan:
    conversation_id: str
    message_id: str
    role: Role
    message_ids: frozenset[str]  # the message and every message below it
    below_on_branch: int  # messages after it on the branch on screen
    below_elsewhere: int  # messages below it on other versions, not on screen
    versions_kept: int  # other versions of this message: they stay

    @property
    def count(self) -> int:
        return len(self.message_ids)


def plan_delete(storage: Storage, message_id: str) -> DeletePlan:
    """Which messages deleting ``message_id`` removes, split by whether they are on screen."""
    message = storage.get_message(message_id)
    below = storage.descendant_ids(message_id)
    leaf = storage.get_conversation(message.conversation_id).current_leaf_id
    on_screen = {m.id for m in storage.path_to(leaf)}
    if message_id not in on_screen:  # not the branch on screen: count along its newest branch
        on_screen = {m.id for m in storage.path_to(storage.latest_leaf_under(message_id))}
    on_branch = sum(1 for m in below if m in on_screen)
    return DeletePlan(
        conversation_id=message.conversation_id,
        message_id=message_id,
        role=message.role,
        message_ids=frozenset([message_id, *below]),
        below_on_branch=on_branch,
        below_elsewhere=len(below) - on_branch,
        versions_kept=len(storage.siblings(message)) - 1,
    )


def describe_delete(plan: DeletePlan) -> str:
    """The confirmation question, naming every message that will go, e.g. "Delete this reply, the
    3 messages after it and 2 more on other versions below it (not shown)? ..." """
    what = "this reply" if plan.role is Role.ASSISTANT else "this message"
    parts = [what]
    if plan.below_on_branch:
        after = "message" if plan.below_on_branch == 1 else _count(plan.below_on_branch, "message")
        parts.append(f"the {after} after it")
    if plan.below_elsewhere:
        more = "more " if plan.below_on_branch else ""
        parts.append(f"{_count(plan.below_elsewhere, 'message', more)} on other versions below it (not shown)")
    listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    sentence = f"Delete {listed}?"
    if plan.versions_kept:
        sentence += (
            " Its other version stays."
            if plan.versions_kept == 1
            else f" Its {plan.versions_kept} other versions stay."
        )
    if plan.count == 1:
        return f"{sentence} This cannot be undone."
    return f"{sentence} {plan.count} messages in all; this cannot be undone."


def carry_out(storage: Storage, plan: DeletePlan) -> str | None:
    """Delete exactly the planned messages; returns the leaf the view moves to.

    Raises StorageError, deleting nothing, when the messages below changed since the plan was made.
    The view moves to another version of the deleted message when one is left (the one before it,
    else the one after), otherwise to its parent.
    """
    with storage.transaction():
        message = storage.get_message(plan.message_id)
        current = frozenset([plan.message_id, *storage.descendant_ids(plan.message_id)])
        if current != plan.message_ids:
            raise StorageError("the chat changed since you asked to delete; nothing was deleted, try again")
        siblings = [m.id for m in storage.siblings(message)]
        position = siblings.index(plan.message_id)
        leaf_before = storage.get_conversation(plan.conversation_id).current_leaf_id
        storage.delete_messages(plan.conversation_id, plan.message_ids)
        if leaf_before is not None and leaf_before not in plan.message_ids:
            return leaf_before
        others = siblings[:position][::-1] + siblings[position + 1 :]
        leaf = storage.latest_leaf_under(others[0]) if others else message.parent_id
        storage.set_current_leaf(plan.conversation_id, leaf)
        return leaf


def _count(n: int, noun: str, prefix: str = "") -> str:
    return f"{n} {prefix}{noun}{'' if n == 1 else 's'}"


def delete_conversations(
    storage: Storage,
    conversation_ids: list[str],
    forget: Callable[[str], object],
    purge: Callable[[], None] | None = None,
) -> None:
    """Delete whole conversations and every copy of their text, the one policy of the window and the CLI.

    The rows go first (messages cascade); then ``forget`` drops what was derived from each one: the
    saved KV states and, in the window, the engine's in-memory context (it runs on the inference
    thread, after any job that could still save a state); last ``purge`` (by default
    :meth:`Storage.purge_deleted_text`) makes the deleted words unrecoverable from the search index
    and the WAL.
    """
    for conversation_id in dict.fromkeys(conversation_ids):
        storage.delete_conversation(conversation_id)
        forget(conversation_id)
    (purge or storage.purge_deleted_text)()
