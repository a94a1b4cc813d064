"""English for the strings of the office-laptop work (issue 12), merged into i18n_fill's table.

Kept apart from ``i18n_fill.EN`` so parallel branches add translations without editing one dict.
"""

from __future__ import annotations

EN_GUI = {
    # Evidence: remove, replace, enlarge
    "&amp;Lampirkan berkas…": "&amp;Attach file…",
    "&amp;Ganti…": "&amp;Replace…",
    "Simpan &amp;salinan…": "&amp;Save a copy…",
    "Per&amp;besar": "&amp;Enlarge",
    "Hapus bukti dukung": "Remove evidence",
    "Hapus “{name}” dari bukti dukung realisasi ini?": "Remove “{name}” from this realisation's evidence?",
    "Bukti dukung tidak dihapus": "Evidence not removed",
    "Bukti dukung tidak diganti": "Evidence not replaced",
    "Ganti “{name}” dengan…": "Replace “{name}” with…",
    "&amp;Tutup putaran": "&amp;Close the round",
    "Pratinjau — {name}": "Preview — {name}",
    "◀ Halaman sebelumnya": "◀ Previous page",
    "Halaman berikutnya ▶": "Next page ▶",
    "Jenis berkas ini tidak dapat dipratinjau; simpan salinannya.": (
        "This kind of file has no preview; save a copy to open it."
    ),
    "Halaman {n} dari {total}": "Page {n} of {total}",
    "Pratinjau": "Preview",
    "Klik dua kali untuk memperbesar": "Double-click to enlarge",
    # Errors and questions
    "Tidak dapat dilanjutkan": "Cannot continue",
    "Terjadi kesalahan": "An error occurred",
    "Terjadi kesalahan yang tidak terduga. Data yang sudah disimpan aman. Kirimkan rincian di bawah ini kepada admin.": (
        "An unexpected error occurred. Saved data is safe. Send the details below to the admin."
    ),
    "Batal": "Cancel",
    "Ada perubahan yang belum disimpan.": "There are unsaved changes.",
    "Ada perubahan yang belum disimpan: {what}.": "There are unsaved changes: {what}.",
    "Perubahan belum disimpan": "Unsaved changes",
    "Simpan sebelum pindah?": "Save before leaving?",
    "&amp;Simpan": "&amp;Save",
    "&amp;Buang perubahan": "&amp;Discard changes",
    # Keyboard and unsaved work
    "jawaban umpan balik 360°": "360° feedback answers",
    "&amp;Halaman": "&amp;Pages",
    "Halaman &amp;berikutnya": "&amp;Next page",
    "Halaman &amp;sebelumnya": "&amp;Previous page",
    "Ke &amp;navigasi": "Go to &amp;navigation",
    "notulen dan rating rapat": "the meeting's minutes and ratings",
    "penilaian diri": "self-assessment",
    "Ubah catatan terpilih (F2)": "Edit the selected entry (F2)",
    "Hapus catatan terpilih (Delete)": "Delete the selected entry (Delete)",
    # Proposal, realisation dialog, unit overview
    "Ganti realisasi tercatat?": "Replace the recorded realisation?",
    "Realisasi “{indicator}” periode {period} sudah tercatat: &lt;b&gt;{old}&lt;/b&gt;.&lt;br&gt;Konfirmasi menggantinya dengan &lt;b&gt;{new}&lt;/b&gt;.": (
        "The realisation of “{indicator}” for {period} is already recorded: &lt;b&gt;{old}&lt;/b&gt;.&lt;br&gt;"
        "Confirming replaces it with &lt;b&gt;{new}&lt;/b&gt;."
    ),
    "&amp;Ganti realisasi": "&amp;Replace realisation",
    "mis. 4 atau 4,5": "e.g. 4 or 4,5",
    "Tulis realisasi dengan kata-kata (target: {target}).": "Describe the realisation in words (target: {target}).",
    "Angka saja, desimal memakai koma (mis. 4,5); satuannya {unit}. Target tahunan {target}.": (
        "A number only, with a decimal comma (e.g. 4,5); the unit is {unit}. Annual target {target}."
    ),
    "(tanpa satuan)": "(no unit)",
    "Penilaian belum final; belum dihitung dalam distribusi.": "Not final yet; not counted in the distribution.",
    "Tampilkan semua": "Show all",
    "{n} pegawai · {final} predikat final · {draft} draf · {none} belum dinilai": (
        "{n} employees · {final} final ratings · {draft} drafts · {none} not rated"
    ),
    "Disaring menurut batang “{label}”: {n} pegawai": "Filtered by the “{label}” bar: {n} employees",
    "{value} (capaian {percent})": "{value} ({percent} achieved)",
    # Cancel, loads, sync
    "Impor dibatalkan; tidak ada data yang disimpan.": "Import cancelled; nothing was saved.",
    "Memuat…": "Loading…",
    "Penggabungan dibatalkan; tekan Gabung untuk mencoba lagi.": "Joining cancelled; press Join to try again.",
    "Folder bersama instansi (mis. Z:\\kinerja) atau alamat smb://server/share/folder": (
        "The agency's shared folder (e.g. Z:\\kinerja) or an address smb://server/share/folder"
    ),
    "&amp;Pilih folder…": "&amp;Choose folder…",
    "Pilih folder berbagi instansi": "Choose the agency's shared folder",
    "Sinkronisasi gagal; data di laptop ini aman.": "Sync failed; the data on this laptop is safe.",
    "Sinkronisasi dibatalkan. Yang sudah terkirim atau diterima tetap tersimpan; ": (
        "Sync cancelled. What was already sent or received stays saved; "
    ),
    "sinkronisasi berikutnya melanjutkannya.": "the next sync carries on from there.",
    "Sinkronisasi selesai: {sent} perubahan dikirim, {got} perubahan diterima": (
        "Sync finished: {sent} changes sent, {got} changes received"
    ),
    ", {n} konflik perlu diputuskan": ", {n} conflicts to decide",
    ", {n} kiriman dilewati": ", {n} deliveries skipped",
    # Team list, meeting autosave
    "Menyimpan notulen dan rating yang belum disimpan; rapat berlanjut": (
        "Saves the minutes and the ratings not saved yet; the meeting goes on"
    ),
    "Se&amp;lesai rapat": "&amp;End the meeting",
    "Tersimpan otomatis {time}": "Saved automatically at {time}",
    "Notulen rapat tersimpan {time}.": "Minutes saved at {time}.",
    "{name} belum memiliki SKP untuk tahun ini.": "{name} has no SKP for this year yet.",
    "belum dinilai": "not rated",
    "SKP": "SKP",
    "Penilaian periode": "Period rating",
    # Layout at 1366×768
    "&lt;b&gt;{name}&lt;/b&gt; · NIP {nip} · {position} · {unit}": "&lt;b&gt;{name}&lt;/b&gt; · NIP {nip} · {position} · {unit}",
    "RHK: {rhk}": "RHK: {rhk}",
    "belum ada SKP": "no SKP yet",
    "SKP: {skp} · Penilaian: {rating}": "SKP: {skp} · Rating: {rating}",
    # Meeting facts (moved to their own class, so their own context)
    "Target dan capaian": "Targets and achievement",
    "Umpan balik terakhir": "Latest feedback",
    "hasil kerja": "work results",
    "Belum ada umpan balik.": "No feedback yet.",
    "Belum ada bukti dukung pada periode ini.": "No evidence in this period yet.",
}
