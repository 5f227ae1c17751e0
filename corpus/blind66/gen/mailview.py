"""The text a mail client shows of an .eml letter (used for b66_07, which `zvitparse read` prints as raw MIME).

View = a header block (Тема / Від / Дата / Кому / Копія, decoded), a blank line, the decoded text/plain part
of the letter, and one line per attachment («Вкладення: name»). This is what Thunderbird shows in its message
pane with the plain-text view on (View → Message Body As → Plain Text) and its attachment bar.
"""
import email
import email.policy
import email.utils

import common


def mail_view(path):
    with open(path, "rb") as fh:
        msg = email.message_from_binary_file(fh, policy=email.policy.default)
    dt = email.utils.parsedate_to_datetime(str(msg["Date"]))
    lines = [f"Тема: {msg['Subject']}", f"Від: {msg['From']}", f"Дата: {dt.strftime('%d.%m.%Y %H:%M')}",
             f"Кому: {msg['To']}"]
    if msg["Cc"]:
        lines.append(f"Копія: {msg['Cc']}")
    body = msg.get_body(preferencelist=("plain",)).get_content()
    body = body.replace("\r\n", "\n")
    out = "\n".join(lines) + "\n\n" + body.rstrip("\n") + "\n"
    for part in msg.iter_attachments():
        out += f"\nВкладення: {part.get_filename()}"
    return out + "\n"


def register(path):
    """Make common.read_text(path) return the mail-client view instead of `zvitparse read`."""
    common._read_cache[path] = common.nq(mail_view(path))
    return common._read_cache[path]
