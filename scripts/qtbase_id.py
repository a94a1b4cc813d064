"""Indonesian for Qt's own texts (buttons, message and file dialogs, context menus).

PySide6 ships ``qtbase_*.qm`` for about thirty languages but not Indonesian, so the standard
buttons, the widget file dialog and the text context menus read English in an Indonesian screen.
This table is the source of ``resources/i18n/qtbase_id.ts`` (``python scripts/qtbase_id.py``
writes it; ``scripts/i18n build`` compiles it with the others); ``ui.app`` loads it for Indonesian.
The source texts are Qt's own, context by context, as ``qtbase_de.qm`` names them.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

TS = Path(__file__).resolve().parent.parent / "resources" / "i18n" / "qtbase_id.ts"

ID: dict[str, dict[str, str]] = {
    "QPlatformTheme": {
        "OK": "OK",
        "Save": "Simpan",
        "Save All": "Simpan semua",
        "Open": "Buka",
        "&Yes": "&Ya",
        "Yes to &All": "Ya untuk &semua",
        "&No": "&Tidak",
        "N&o to All": "Tidak untuk se&mua",
        "Abort": "Hentikan",
        "Retry": "Coba lagi",
        "Ignore": "Abaikan",
        "Close": "Tutup",
        "Cancel": "Batal",
        "Discard": "Buang",
        "Help": "Bantuan",
        "Apply": "Terapkan",
        "Reset": "Atur ulang",
        "Restore Defaults": "Kembalikan bawaan",
    },
    "QDialogButtonBox": {"OK": "OK"},
    "QMessageBox": {
        "Show Details...": "Tampilkan rincian…",
        "Hide Details...": "Sembunyikan rincian…",
        "About Qt": "Tentang Qt",
    },
    "QInputDialog": {"Enter a value:": "Masukkan nilai:"},
    "QProgressDialog": {"Cancel": "Batal"},
    "QErrorMessage": {
        "&OK": "&OK",
        "&Show this message again": "&Tampilkan pesan ini lagi",
        "An error occurred": "Terjadi kesalahan",
        "Warning:": "Peringatan:",
        "Information:": "Informasi:",
        "Critical Error:": "Kesalahan kritis:",
        "Fatal Error:": "Kesalahan fatal:",
        "Debug Message:": "Pesan debug:",
    },
    "QLineEdit": {
        "&Undo": "&Urungkan",
        "&Redo": "Ula&ngi",
        "Cu&t": "Po&tong",
        "&Copy": "&Salin",
        "&Paste": "T&empel",
        "Delete": "Hapus",
        "Select All": "Pilih semua",
    },
    "QWidgetTextControl": {
        "&Undo": "&Urungkan",
        "&Redo": "Ula&ngi",
        "Cu&t": "Po&tong",
        "&Copy": "&Salin",
        "Copy &Link Location": "Salin alamat &tautan",
        "&Paste": "T&empel",
        "Delete": "Hapus",
        "Select All": "Pilih semua",
    },
    "QAbstractSpinBox": {"&Select All": "&Pilih semua", "&Step up": "&Naikkan", "Step &down": "T&urunkan"},
    "QUnicodeControlCharacterMenu": {"Insert Unicode control character": "Sisipkan karakter kendali Unicode"},
    "QScrollBar": {
        "Scroll here": "Gulir ke sini",
        "Left edge": "Tepi kiri",
        "Top": "Atas",
        "Right edge": "Tepi kanan",
        "Bottom": "Bawah",
        "Page left": "Satu halaman ke kiri",
        "Page up": "Satu halaman ke atas",
        "Page right": "Satu halaman ke kanan",
        "Page down": "Satu halaman ke bawah",
        "Scroll left": "Gulir ke kiri",
        "Scroll up": "Gulir ke atas",
        "Scroll right": "Gulir ke kanan",
        "Scroll down": "Gulir ke bawah",
    },
    "QTabBar": {"Scroll Left": "Gulir ke kiri", "Scroll Right": "Gulir ke kanan"},
    "QComboBox": {
        "Open the combo box selection popup": "Buka daftar pilihan",
        "True": "Ya",
        "False": "Tidak",
    },
    "QFileDialog": {
        "&Look in:": "&Cari di:",
        "File &name:": "&Nama berkas:",
        "Files of &type:": "&Jenis berkas:",
        "&Open": "&Buka",
        "&Save": "&Simpan",
        "&Choose": "&Pilih",
        "Open": "Buka",
        "Save As": "Simpan sebagai",
        "Find Directory": "Pilih folder",
        "Directory:": "Folder:",
        "Directories": "Folder",
        "Files": "Berkas",
        "All Files (*)": "Semua berkas (*)",
        "All files (*)": "Semua berkas (*)",
        "Back": "Kembali",
        "Forward": "Maju",
        "Go back": "Kembali",
        "Go forward": "Maju",
        "Parent Directory": "Folder induk",
        "Go to the parent directory": "Ke folder induk",
        "Create New Folder": "Buat folder baru",
        "Create a New Folder": "Buat folder baru",
        "New Folder": "Folder baru",
        "&New Folder": "Folder &baru",
        "List View": "Tampilan daftar",
        "Detail View": "Tampilan rinci",
        "Change to list view mode": "Beralih ke tampilan daftar",
        "Change to detail view mode": "Beralih ke tampilan rinci",
        "Sidebar": "Bilah samping",
        "List of places and bookmarks": "Daftar tempat dan markah",
        "Recent Places": "Tempat terakhir",
        "Show ": "Tampilkan ",
        "Show &hidden files": "Tampilkan berkas &tersembunyi",
        "&Rename": "&Ganti nama",
        "&Delete": "&Hapus",
        "Delete": "Hapus",
        "Remove": "Hapus",
        "Are you sure you want to delete '%1'?": "Yakin menghapus '%1'?",
        "'%1' is write protected.\nDo you want to delete it anyway?": (
            "'%1' dilindungi dari penulisan.\nTetap hapus?"
        ),
        "Could not delete directory.": "Folder tidak dapat dihapus.",
        "%1 already exists.\nDo you want to replace it?": "%1 sudah ada.\nGanti berkas itu?",
        "%1\nFile not found.\nPlease verify the correct file name was given.": (
            "%1\nBerkas tidak ditemukan.\nPeriksa kembali nama berkasnya."
        ),
        "%1\nDirectory not found.\nPlease verify the correct directory name was given.": (
            "%1\nFolder tidak ditemukan.\nPeriksa kembali nama foldernya."
        ),
        "Alt+Left": "Alt+Left",
        "Alt+Right": "Alt+Right",
        "Alt+Up": "Alt+Up",
    },
    "QFileSystemModel": {
        "Name": "Nama",
        "Size": "Ukuran",
        "Type": "Jenis",
        "Kind": "Jenis",
        "Date Modified": "Diubah",
        "My Computer": "Komputer saya",
        "Computer": "Komputer",
    },
    "QAbstractFileIconProvider": {
        "Drive": "Drive",
        "File": "Berkas",
        "File Folder": "Folder",
        "Folder": "Folder",
        "Alias": "Alias",
        "Shortcut": "Pintasan",
        "Unknown": "Tidak dikenal",
    },
    "QDockWidget": {"Close": "Tutup", "Float": "Lepaskan"},
}


def write(path: Path = TS) -> None:
    parts = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", '<TS version="2.1" language="id_ID">']
    for context, messages in ID.items():
        parts.append(f"<context>\n    <name>{context}</name>")
        for source, translation in messages.items():
            parts.append(
                "    <message>\n"
                f"        <source>{escape(source)}</source>\n"
                f"        <translation>{escape(translation)}</translation>\n"
                "    </message>"
            )
        parts.append("</context>")
    parts.append("</TS>\n")
    path.write_text("\n".join(parts), encoding="utf-8")


if __name__ == "__main__":
    write()
