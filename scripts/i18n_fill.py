"""Fill English translations for unfinished messages from a dict (a maintainer's helper)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

TS = Path(__file__).resolve().parent.parent / "resources" / "i18n" / "asn_desktop_en.ts"

EN = {
    "Konflik sinkronisasi": "Sync conflicts",
    "Terdeteksi": "Detected",
    "Keterangan": "Description",
    "Nilai di laptop ini": "Value on this laptop",
    "Nilai kiriman": "Incoming value",
    "Pertahankan versi laptop ini": "Keep this laptop's version",
    "Pakai versi kiriman": "Use the incoming version",
    "Tidak ada konflik.": "No conflicts.",
    "Ekspor formulir PDF": "Export PDF forms",
    "Seluruh instansi": "Whole agency",
    "Pilih…": "Choose…",
    "Tandatangani (kunci para penanda tangan)": "Sign (with the signers' keys)",
    "Tahun": "Year",
    "Unit kerja": "Work unit",
    "Simpan ke (folder atau .zip)": "Save to (folder or .zip)",
    "Frasa sandi kunci tanda tangan": "Signing key passphrase",
    "Ekspor": "Export",
    "Tutup": "Close",
    "Simpan arsip": "Save archive",
    "{n} formulir ditulis ke {target}.": "{n} forms written to {target}.",
    "Mengekspor formulir…": "Exporting forms…",
    "&amp;Ekspor formulir PDF…": "&amp;Export PDF forms…",
    "&amp;Sinkronisasi": "S&amp;ync",
    "&amp;Sinkronkan sekarang…": "&amp;Sync now…",
    "&amp;Konflik…": "&amp;Conflicts…",
    "Sinkron terakhir: {when}": "Last sync: {when}",
    "Belum pernah sinkron": "Never synced",
    "{n} konflik": "{n} conflicts",
    "Gabung dengan instansi (berkas pendaftaran)…": "Join an agency (enrolment file)…",
    "opsional: folder berbagi atau smb://server/share/folder": "optional: shared folder or smb://server/share/folder",
    "Lokasi berbagi sinkronisasi": "Sync share location",
    "Gabung dengan instansi": "Join an agency",
    "Gabung": "Join",
    "Berkas pendaftaran": "Enrolment file",
    "folder berbagi atau smb://server/share/folder": "shared folder or smb://server/share/folder",
    "Frasa sandi berkas": "File passphrase",
    "Folder ruang kerja di laptop ini": "Workspace folder on this laptop",
    "Bergabung dan mengambil data instansi…": "Joining and fetching the agency's data…",
    "Gagal bergabung; periksa berkas, frasa sandi dan lokasi berbagi.": "Could not join; check the file, the passphrase and the share location.",
    "Sinkronisasi": "Sync",
    "Terakhir: {when} — {summary}": "Last: {when} — {summary}",
    "Laptop ini belum pernah disinkronkan.": "This laptop has never been synced.",
    "Lokasi berbagi": "Share location",
    "Sinkronkan sekarang": "Sync now",
    "Menyinkronkan…": "Syncing…",
    "&amp;Panduan pengguna": "User &amp;guide",
    "Panduan pengguna": "User guide",
    "Ruang kerja demo: masuk sebagai &lt;b&gt;admin&lt;/b&gt; atau NIP pegawai, kata sandi &lt;b&gt;{pw}&lt;/b&gt;.": "Demo workspace: log in as &lt;b&gt;admin&lt;/b&gt; or an employee's NIP, password &lt;b&gt;{pw}&lt;/b&gt;.",
    # Daily work log (catatan harian)
    "Catatan Harian": "Daily Log",
    "Usulkan realisasi dari catatan harian": "Propose realisations from the daily log",
    "&amp;Konfirmasi realisasi": "&amp;Confirm realisation",
    "Periode": "Period",
    "Realisasi": "Realisation",
    "Catatan": "Entries",
    "Catatan realisasi": "Realisation note",
    "Bukti dukung": "Evidence",
    "Tidak ada catatan harian baru pada periode ini.": "No new daily-log entries in this period.",
    "(tidak ada)": "(none)",
    "{names} · catatan {start} s.d. {end}": "{names} · entries {start} to {end}",
    "Indikator": "Indicator",
    "Catatan baru": "New entries",
    "Hari": "Days",
    "Usulan realisasi": "Proposed realisation",
    "Realisasi tercatat": "Recorded realisation",
    "Bukti": "Evidence",
    "Ketik untuk mencari indikator…": "Type to search indicators…",
    "Apa yang dikerjakan hari ini?": "What did you do today?",
    "Jumlah": "Quantity",
    "&amp;Lampirkan…": "&amp;Attach…",
    "Lepaskan berkas": "Remove file",
    "Simpan (Ctrl+Enter)": "Save (Ctrl+Enter)",
    "&amp;Indikator": "&amp;Indicator",
    "&amp;Tanggal": "&amp;Date",
    "&amp;Kegiatan": "&amp;Activity",
    "Ctrl+Enter menyimpan · Alt+←/→ mengganti hari · PageUp/PageDown mengganti minggu · seret berkas ke bilah ini untuk melampirkan bukti": "Ctrl+Enter saves · Alt+←/→ changes the day · PageUp/PageDown changes the week · drop a file on this bar to attach evidence",
    "Catatan harian dapat diisi setelah SKP tahun ini disetujui.": "The daily log can be filled in once this year's SKP is approved.",
    "(tanpa berkas)": "(no file)",
    "Pilih bukti dukung": "Choose evidence",
    "Pilih indikator dari daftar.": "Choose an indicator from the list.",
    "Komentar untuk minggu ini (atau untuk catatan yang dipilih)…": "Comment on this week (or on the selected entry)…",
    "&amp;Kirim komentar": "&amp;Send comment",
    "Ringkasan mingguan per indikator": "Weekly summary per indicator",
    "Komentar": "Comments",
    "{n} catatan · {days} hari": "{n} entries · {days} days",
    "Minggu sebelumnya (PageUp)": "Previous week (PageUp)",
    "Minggu berikutnya (PageDown)": "Next week (PageDown)",
    "Minggu ini": "This week",
    "Tanggal": "Date",
    "Uraian kegiatan": "Activity",
    "Status": "Status",
    "Masuk realisasi": "In a realisation",
    "Terbuka": "Open",
    "&amp;Ubah…": "&amp;Edit…",
    "&amp;Hapus": "&amp;Delete",
    "Usulkan &amp;realisasi…": "Propose &amp;realisation…",
    "Komentar atasan": "Supervisor's comments",
    "{n} catatan · {days} hari · jumlah {total}": "{n} entries · {days} days · total {total}",
    "Ubah catatan harian": "Edit daily-log entry",
    "Kegiatan": "Activity",
    "Hapus catatan": "Delete entry",
    "Hapus catatan {date}: “{text}”?": "Delete the entry of {date}: “{text}”?",
    "Minggu {start} – {end}": "Week {start} – {end}",
    "&lt;i&gt;Belum ada komentar atasan pada minggu ini.&lt;/i&gt;": "&lt;i&gt;No comments from the supervisor this week.&lt;/i&gt;",
    " · tentang “{entry}”": " · on “{entry}”",
    "Simpan salinan &amp;bukti…": "Save a copy of the &amp;evidence…",
    "Simpan salinan bukti": "Save a copy of the evidence",
}


def main() -> int:
    text = TS.read_text(encoding="utf-8")
    pattern = re.compile(r'<source>([^<]*)</source>(\s*)<translation type="unfinished">[^<]*</translation>')
    missing: list[str] = []

    def fill(m: re.Match[str]) -> str:
        source = m.group(1)
        if source not in EN:
            missing.append(source)
            return m.group(0)
        return f"<source>{source}</source>{m.group(2)}<translation>{EN[source]}</translation>"

    TS.write_text(pattern.sub(fill, text), encoding="utf-8")
    for source in missing:
        print("untranslated:", source, file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
