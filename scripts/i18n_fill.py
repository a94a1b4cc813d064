"""Fill English translations for unfinished messages from a dict (a maintainer's helper)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

TS = Path(__file__).resolve().parent.parent / "resources" / "i18n" / "asn_desktop_en.ts"

EN = {
    # My performance dashboard
    "Riwayat predikat kinerja": "Performance rating history",
    "Belum ada predikat yang ditetapkan.": "No rating has been decided yet.",
    "Realisasi s.d. periode": "Realised to date",
    "Lampirkan ringkasan umpan balik 360° dan rencana tindak lanjut pada evaluasi": (
        "Append the 360° feedback summary and the follow-up plan to evaluations"
    ),
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
    # --- 360° competency feedback (part: competency) ---
    "&amp;Kompetensi Jabatan": "Position &amp;competencies",
    "Butir penilaian": "Item",
    "Level": "Level",
    "Skor": "Score",
    "Keterangan skor": "Score meaning",
    "Komentar (opsional)": "Comment (optional)",
    "&amp;Simpan jawaban": "&amp;Save answers",
    "Pilih putaran di daftar untuk mengisi jawaban.": "Choose a round in the list to answer it.",
    "diri Anda sendiri": "yourself",
    "{name} (Anda sebagai {relation})": "{name} (you as {relation})",
    "&lt;b&gt;{period}&lt;/b&gt; · penilaian tentang {about}. Ketik 1–5 untuk memberi skor: {scale}.": "&lt;b&gt;{period}&lt;/b&gt; · rating of {about}. Type 1–5 to score: {scale}.",
    "Jawaban tersimpan. Anda dapat mengubahnya selama putaran masih terbuka.": "Answers saved. You can change them while the round is open.",
    "Jabatan": "Position",
    "Kompetensi": "Competencies",
    "Jenis": "Kind",
    "Nama kompetensi": "Competency",
    "Uraian": "Description",
    "&amp;Tambah kompetensi…": "&amp;Add competency…",
    "U&amp;bah…": "&amp;Edit…",
    "&amp;Hapus": "&amp;Remove",
    "Pilih jabatan di daftar di atas.": "Choose a position in the list above.",
    "&lt;b&gt;{name}&lt;/b&gt; · {unit}": "&lt;b&gt;{name}&lt;/b&gt; · {unit}",
    "Hapus kompetensi": "Remove competency",
    "Hapus kompetensi &quot;{name}&quot; dari jabatan ini?": "Remove the competency &quot;{name}&quot; from this position?",
    "Ubah kompetensi": "Edit competency",
    "Tambah kompetensi": "Add competency",
    "mis. Analisis Kebijakan": "e.g. Policy analysis",
    "&amp;Jenis": "&amp;Kind",
    "&amp;Nama kompetensi": "&amp;Competency",
    "&amp;Level yang dipersyaratkan": "Required &amp;level",
    "&amp;Uraian (opsional)": "&amp;Description (optional)",
    "Pegawai yang dinilai": "Employee rated",
    "Sebagai": "As",
    "Periode": "Period",
    "Status": "Status",
    "belum dijawab": "not answered",
    "sudah dijawab": "answered",
    "Perlu &amp;Dijawab": "To &amp;answer",
    "&amp;Hasil 360° Saya": "My 360° &amp;results",
    "&amp;Buka putaran…": "&amp;Open round…",
    "&amp;Tambah rekan…": "&amp;Add peers…",
    "&amp;Hapus rekan": "&amp;Remove peer",
    "T&amp;utup putaran…": "&amp;Close round…",
    "Penilai": "Rater",
    "belum menjawab": "not answered yet",
    "sudah menjawab ({date})": "answered ({date})",
    "Belum ada putaran umpan balik 360° untuk {period}.": "No 360° feedback round for {period} yet.",
    "&lt;b&gt;{period}&lt;/b&gt; · {status} · dibuka {opened} · {done} dari {total} penilai sudah menjawab": "&lt;b&gt;{period}&lt;/b&gt; · {status} · opened {opened} · {done} of {total} raters answered",
    "Rating Perilaku Kerja periode ini belum Anda tetapkan.": "You have not set the work behaviour rating for this period yet.",
    "Rating Perilaku Kerja yang Anda tetapkan ({period}): &lt;b&gt;{rating}&lt;/b&gt;": "Work behaviour rating you set ({period}): &lt;b&gt;{rating}&lt;/b&gt;",
    "Buka putaran umpan balik 360°": "Open a 360° feedback round",
    "Tambah rekan penilai": "Add peer raters",
    "Tutup putaran": "Close round",
    "Setelah ditutup, penilai tidak dapat lagi menjawab dan pegawai dapat melihat hasilnya. Tutup putaran sekarang?": "Once closed, raters can no longer answer and the employee can see the results. Close the round now?",
    "Umpan Balik 360°": "360° Feedback",
    "Buka putaran": "Open round",
    "Tambahkan": "Add",
    "Ketik nama atau NIP…": "Type a name or NIP…",
    "&amp;Cari pegawai": "&amp;Search employees",
    "Rekan kerja": "Peers",
    "Dipilih": "Chosen",
    "&lt;i&gt;belum ada&lt;/i&gt;": "&lt;i&gt;none yet&lt;/i&gt;",
    "&amp;Putaran": "&amp;Round",
    "{period} (ditutup {date})": "{period} (closed {date})",
    "Belum ada hasil umpan balik 360° yang ditutup tentang Anda.": "There are no closed 360° feedback results about you yet.",
    "Belum cukup tanggapan rekan ({n} menjawab, minimal 3): jawaban rekan tidak ditampilkan.": "Not enough peer responses ({n} answered, at least 3 needed): peer answers are not shown.",
    "{n} rekan menjawab; ditampilkan sebagai rentang terendah–rata-rata–tertinggi tanpa nama.": "{n} peers answered; shown as lowest–mean–highest, without names.",
    "&lt;i&gt;Tidak ada komentar.&lt;/i&gt;": "&lt;i&gt;No comments.&lt;/i&gt;",
    "Kesenjangan": "Gap",
    "Kelompok": "Group",
    "Jawaban Anda sebagai atasan diisi di halaman &lt;b&gt;Umpan Balik 360°&lt;/b&gt;.": "You answer as the supervisor on the &lt;b&gt;360° Feedback&lt;/b&gt; page.",
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
