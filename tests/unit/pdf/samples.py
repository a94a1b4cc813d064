"""Sample documents for the form tests: long Indonesian texts, many RHK, every block filled."""

from __future__ import annotations

from asn_desktop.domain.berakhlak import CORE_VALUES
from asn_desktop.pdf.model import (
    BehaviourLine,
    DistributionLine,
    EvaluasiDoc,
    Header,
    IndicatorLine,
    PenetapanDoc,
    Person,
    PredikatLine,
    RhkLine,
    SignatureSlot,
    SkpDoc,
)

PEGAWAI = Person(
    "Siti Nurhaliza Putri Ramadhani",
    "199001012015032003",
    "Penata Muda Tingkat I, III/b",
    "Analis Kebijakan Ahli Pertama",
    "Seksi Perencanaan Program dan Anggaran",
)
PENILAI = Person(
    "Dr. Bambang Sutrisno, S.E., M.Si.",
    "198001012005011002",
    "Penata Tingkat I, III/d",
    "Kepala Seksi Perencanaan Program",
    "Seksi Perencanaan Program dan Anggaran",
)
ATASAN = Person(
    "Ir. Hj. Ratna Dewi Kusumawati, M.T.",
    "197001012000032001",
    "Pembina Tingkat I, IV/b",
    "Kepala Bidang Program",
    "Bidang Program dan Pelaporan",
)
HEADER = Header(
    "Dinas Komunikasi dan Informatika Kabupaten Contoh",
    "Contoh",
    "1 Januari s.d. 31 Desember 2026",
    "Contoh, 31 Desember 2026",
)

LONG = (
    "Tersusunnya dokumen perencanaan program dan anggaran tahunan yang selaras dengan rencana strategis "
    "dinas, memuat indikator kinerja yang terukur, dan disampaikan tepat waktu kepada pimpinan serta "
    "unit pengelola keuangan daerah untuk ditindaklanjuti"
)


def rhk_lines(n: int, *, evaluation: bool) -> tuple[RhkLine, ...]:
    lines = []
    for i in range(n):
        kind = "utama" if i < n - 1 else "tambahan"
        inds = (
            IndicatorLine(
                "kuantitas",
                "Jumlah dokumen perencanaan yang disusun",
                "12 dokumen",
                "11 dokumen" if evaluation else "",
            ),
            IndicatorLine(
                "kualitas",
                "Persentase dokumen yang disetujui tanpa revisi",
                "90 %",
                "92 %" if evaluation else "",
            ),
            IndicatorLine(
                "waktu", "Ketepatan waktu penyampaian", "12 bulan", "12 bulan" if evaluation else ""
            ),
        )
        lines.append(
            RhkLine(
                kind,
                f"{LONG} ({i + 1})",
                "Meningkatnya kualitas perencanaan dan penganggaran berbasis kinerja di lingkungan dinas",
                inds,
                "Pertahankan ketepatan waktu; lengkapi bukti dukung notulen rapat." if evaluation else "",
            )
        )
    return tuple(lines)


def behaviour(*, evaluation: bool) -> tuple[BehaviourLine, ...]:
    return tuple(
        BehaviourLine(
            cv.label,
            cv.guidance,
            "Menunjukkan perilaku yang konsisten dalam layanan" if i % 2 == 0 else "",
            "Sudah baik, tingkatkan inisiatif." if evaluation else "",
        )
        for i, cv in enumerate(CORE_VALUES)
    )


def skp_doc(*, n_rhk: int = 6, draft: bool = False) -> SkpDoc:
    return SkpDoc(
        header=HEADER,
        approach="kualitatif",
        version=1,
        pegawai=PEGAWAI,
        penilai=PENILAI,
        rhk=rhk_lines(n_rhk, evaluation=False),
        behaviour=behaviour(evaluation=False),
        lampiran=(
            ("Dukungan sumber daya", ("Anggaran DIPA", "Sarana kerja")),
            ("Skema pertanggungjawaban", ("Laporan berkala",)),
            ("Konsekuensi", ("Sesuai ketentuan",)),
        ),
        draft=draft,
        record_hash="" if draft else "ab" * 32,
        slots=(
            SignatureSlot("TTD_Pegawai", "Pegawai yang Dinilai", "emp-1", PEGAWAI),
            SignatureSlot("TTD_Penilai", "Pejabat Penilai Kinerja", "emp-2", PENILAI),
        ),
    )


def evaluasi_doc(*, n_rhk: int = 4, draft: bool = False, periodic: bool = False) -> EvaluasiDoc:
    return EvaluasiDoc(
        header=HEADER,
        periodic=periodic,
        pegawai=PEGAWAI,
        penilai=PENILAI,
        atasan_penilai=ATASAN,
        rhk=rhk_lines(n_rhk, evaluation=True),
        behaviour=behaviour(evaluation=True),
        rating_hasil="Sesuai Ekspektasi",
        rating_perilaku="Di Atas Ekspektasi",
        predikat="Baik",
        notes="Kinerja stabil sepanjang tahun.",
        draft=draft,
        slots=(
            SignatureSlot("TTD_Penilai", "Pejabat Penilai Kinerja", "emp-2", PENILAI),
            SignatureSlot("TTD_Pegawai", "Pegawai yang Dinilai", "emp-1", PEGAWAI),
        ),
    )


def penetapan_doc(*, n: int = 60) -> PenetapanDoc:
    labels = ("Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang")
    return PenetapanDoc(
        header=HEADER,
        unit="Bidang Program dan Pelaporan",
        pimpinan=ATASAN,
        org_predikat="Baik",
        distribution=tuple(
            DistributionLine(label, c, f"{c * 100 // n} %", "paling banyak 70 %" if i == 1 else "-")
            for i, (label, c) in enumerate(zip(labels, (10, 40, 6, 3, 1), strict=True))
        ),
        breaches=(),
        employees=tuple(
            PredikatLine(f"Pegawai Nomor {i}", f"19900101201503{i:04d}", "Analis", labels[i % 5])
            for i in range(n)
        ),
        draft=False,
        slots=(SignatureSlot("TTD_Pimpinan", "Pimpinan Unit Kerja", "emp-3", ATASAN),),
    )
