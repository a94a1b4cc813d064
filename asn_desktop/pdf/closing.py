"""The closing of every form and the paper check: signers' room to sign, names and NIPs, and the
content hash as text and QR code.

Every form ends with the same closing (``signature_block``) whether or not it is signed
electronically: place and date, each signer's caption and jabatan, room to sign, name and NIP /
NI PPPK — most offices still sign on paper. ``SignatureBox`` records its own page and absolute
rectangle when drawn, so an electronic signature field is put exactly there.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

import qrcode
import qrcode.constants
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from asn_desktop.pdf.layout import _FONT, WIDTH, FieldBoxes, Styles, keep_whole, para
from asn_desktop.pdf.model import SignatureSlot


class QrCode(Flowable):  # type: ignore[misc]
    """A QR code drawn as filled squares.

    Drawn directly rather than through ``reportlab.graphics``: its renderer sets the standard
    Helvetica font on every drawing, which would put a non-embedded font into the PDF.
    """

    def __init__(self, payload: str, size: float) -> None:
        super().__init__()
        code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
        code.add_data(payload)
        code.make(fit=True)
        self.matrix: list[list[bool]] = code.get_matrix()
        self.width = self.height = size

    def draw(self) -> None:
        n = len(self.matrix)
        cell = self.width / n
        canv = self.canv
        canv.saveState()
        canv.setFillColor(colors.black)
        for row, line in enumerate(self.matrix):
            for col, dark in enumerate(line):
                if dark:
                    canv.rect(col * cell, self.height - (row + 1) * cell, cell, cell, stroke=0, fill=1)
        canv.restoreState()


class SignatureBox(Flowable):  # type: ignore[misc]
    """The room to sign: blank on paper, the visible field of an electronic signature; remembers
    where it landed so the field can be put exactly there."""

    def __init__(self, slot_name: str, width: float, height: float, boxes: FieldBoxes) -> None:
        super().__init__()
        self.slot_name, self.width, self.height, self._boxes = slot_name, width, height, boxes

    def draw(self) -> None:
        canv = self.canv
        x1, y1 = canv.absolutePosition(0, 0)
        x2, y2 = canv.absolutePosition(self.width, self.height)
        self._boxes[self.slot_name] = (
            canv.getPageNumber() - 1,
            (round(x1), round(y1), round(x2), round(y2)),
        )


BLANK_NAME = "(" + "." * 40 + ")"


def signature_block(
    slots: Sequence[SignatureSlot], place_date: str, boxes: FieldBoxes | None, st: Styles
) -> KeepTogether:
    """The closing: place and date, then one column per signer — caption, jabatan, room to sign,
    name, NIP or NI PPPK. Printed on every form, signed or not.

    ``boxes`` records where each room to sign landed (the signature fields go there); ``None``
    for a second closing (the SKP's lampiran) that gets no field. A signer not known yet prints
    as blank lines to fill in by hand. Kept together so a caption never sits on one page and
    the room to sign on the next.
    """
    if not slots:
        return KeepTogether([Spacer(1, 6 * mm), para(place_date, st.body)])
    col = WIDTH / len(slots)
    cells: list[list[Any]] = [[], [], []]
    for i, slot in enumerate(slots):
        top = place_date if i == len(slots) - 1 else ""
        person = slot.person
        jabatan = f"\n{person.jabatan}" if person and person.jabatan.strip("- ") else ""
        cells[0].append(para(f"{top}\n{slot.caption},{jabatan}", st.center))
        room: Flowable = (
            SignatureBox(slot.field_name, col - 16 * mm, 22 * mm, boxes)
            if boxes is not None
            else Spacer(col - 16 * mm, 22 * mm)
        )
        cells[1].append(room)
        if person is None or not person.name.strip("- "):
            name, number = BLANK_NAME, "NIP ............................"
        else:
            name, number = person.name, f"{person.nip_label} {keep_whole(person.nip)}"
        cells[2].append(Paragraph(f"<u>{escape(name)}</u><br/>{escape(number)}", st.center))
    table = Table(cells, colWidths=[col] * len(slots))
    table.setStyle(
        TableStyle([_FONT, ("ALIGN", (0, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "BOTTOM")])
    )
    return KeepTogether([Spacer(1, 6 * mm), table])


def verification_block(doc_hash: str, qr_payload: str, st: Styles) -> KeepTogether:
    """The content hash as text and as a QR code, so a paper copy can be checked."""
    size = 26 * mm
    drawing = QrCode(qr_payload, size)
    text = para(
        "Verifikasi dokumen\nSHA-256 isi dokumen:\n"
        f"{doc_hash[:32]}\n{doc_hash[32:]}\n"
        "Cocokkan hash ini dengan manifest arsip atau pindai kode QR.",
        st.small,
    )
    table = Table([[drawing, text]], colWidths=[size + 4 * mm, WIDTH - size - 4 * mm])
    table.setStyle(
        TableStyle([_FONT, ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    return KeepTogether([Spacer(1, 4 * mm), table])
