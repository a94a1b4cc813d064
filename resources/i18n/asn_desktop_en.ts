<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
<context>
    <name>EmployeeTableModel</name>
    <message>
        <location filename="../../ui/models/employee_table.py" line="43"/>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/employee_table.py" line="44"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/employee_table.py" line="45"/>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/employee_table.py" line="46"/>
        <source>Unit kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/employee_table.py" line="47"/>
        <source>Atasan langsung</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="82"/>
        <source>Berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="83"/>
        <source>Ukuran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="84"/>
        <source>Diunggah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="93"/>
        <location filename="../../ui/views/evidence_panel.py" line="125"/>
        <source>Pratinjau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="97"/>
        <source>Lampirkan berkas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="100"/>
        <source>Simpan salinan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="103"/>
        <source>Seret berkas ke sini untuk melampirkan (PDF, gambar, dokumen kantor; maks. 20 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="135"/>
        <source>Berkas ditolak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="142"/>
        <source>Pilih bukti dukung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="171"/>
        <source>Tidak ada pratinjau untuk {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="179"/>
        <source>Simpan salinan bukti</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/widgets/form_dialog.py" line="24"/>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form_dialog.py" line="25"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/views/login_dialog.py" line="17"/>
        <source>Masuk — ASN Kinerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/login_dialog.py" line="20"/>
        <source>nama pengguna atau NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/login_dialog.py" line="25"/>
        <source>Pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/login_dialog.py" line="26"/>
        <source>Kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/login_dialog.py" line="30"/>
        <source>Masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/login_dialog.py" line="31"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="53"/>
        <source>ASN Kinerja — {name} ({agency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="78"/>
        <source>Kinerja Saya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="79"/>
        <source>SKP Saya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80"/>
        <source>Realisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="84"/>
        <source>Penilaian Bawahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85"/>
        <source>Rapat Evaluasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88"/>
        <source>Unit Kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>Administrasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>&amp;Berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125"/>
        <source>&amp;Ganti pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127"/>
        <source>&amp;Keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>&amp;Pengaturan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133"/>
        <source>&amp;Bahasa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>Ban&amp;tuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <source>&amp;Tentang ASN Kinerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150"/>
        <source>kunci di keyring sistem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>kunci disegel frasa sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>Bahasa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>Bahasa tampilan akan berubah setelah aplikasi dibuka kembali.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165"/>
        <source>Tentang ASN Kinerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>&lt;b&gt;ASN Kinerja Desktop&lt;/b&gt; versi {version}&lt;br&gt;Pengelolaan kinerja pegawai ASN menurut PermenPANRB 6/2022.&lt;br&gt;Data tersimpan terenkripsi di laptop ini.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyPerformancePage</name>
    <message>
        <location filename="../../ui/views/my_performance.py" line="28"/>
        <source>Capaian indikator periode berjalan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/my_performance.py" line="30"/>
        <source>Umpan balik terbaru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/my_performance.py" line="46"/>
        <source>Anda belum memiliki SKP tahun {year}. Buka &lt;b&gt;SKP Saya&lt;/b&gt; untuk menyusunnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/my_performance.py" line="55"/>
        <source>SKP {year} versi {version}: &lt;b&gt;{status}&lt;/b&gt; · periode {period} · {count} indikator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/my_performance.py" line="67"/>
        <source>hasil kerja</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../ui/views/page.py" line="28"/>
        <source>Perubahan belum disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/page.py" line="29"/>
        <source>Ada perubahan yang belum disimpan. Tinggalkan tanpa menyimpan?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RealisationPage</name>
    <message>
        <location filename="../../ui/views/realisation_page.py" line="48"/>
        <source>Isi realisasi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/realisation_page.py" line="53"/>
        <source>Periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/realisation_page.py" line="62"/>
        <source>Bukti dukung realisasi terpilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/realisation_page.py" line="73"/>
        <source>Penilaian diri (masukan bagi pejabat penilai, bukan nilai akhir)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/realisation_page.py" line="75"/>
        <source>— belum diisi —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/realisation_page.py" line="83"/>
        <source>Simpan penilaian diri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/realisation_page.py" line="86"/>
        <source>Rating hasil kerja menurut saya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/realisation_page.py" line="112"/>
        <source>Belum ada SKP tahun ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/realisation_page.py" line="119"/>
        <source>Realisasi dapat diisi setelah SKP disetujui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/realisation_page.py" line="157"/>
        <source>Realisasi — {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/realisation_page.py" line="165"/>
        <source>Indikator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/realisation_page.py" line="166"/>
        <source>Realisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/realisation_page.py" line="167"/>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkpPage</name>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="127"/>
        <source>Buat SKP {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="128"/>
        <source>Tambah RHK…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="129"/>
        <source>Tambah indikator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="130"/>
        <source>Hapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="131"/>
        <source>Lampiran…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="132"/>
        <source>Ajukan ke penilai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="133"/>
        <source>Buat revisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="171"/>
        <source>Tambah Rencana Hasil Kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="173"/>
        <source>Utama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="174"/>
        <source>Tambahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="178"/>
        <source>— tidak ada —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="183"/>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="184"/>
        <source>Uraian RHK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="185"/>
        <source>RHK pimpinan yang diintervensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="199"/>
        <source>Pilih RHK yang akan diberi indikator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="201"/>
        <source>Tambah indikator kinerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="206"/>
        <source>mis. 12 dokumen, 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="207"/>
        <source>RHK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="208"/>
        <source>Aspek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="209"/>
        <source>Indikator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="210"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="229"/>
        <source>Lampiran SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="232"/>
        <source>Dukungan sumber daya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="233"/>
        <source>Skema pertanggungjawaban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="234"/>
        <source>Konsekuensi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkpPanel</name>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="92"/>
        <source>Belum ada SKP untuk tahun ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="98"/>
        <source>&lt;b&gt;SKP {year}&lt;/b&gt; {owner} — versi {version}, status &lt;b&gt;{status}&lt;/b&gt;, pendekatan {approach}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="71"/>
        <source>Menyiapkan ruang kerja demo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="79"/>
        <source>ASN Kinerja — mulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="82"/>
        <source>&lt;h3&gt;Selamat datang di ASN Kinerja&lt;/h3&gt;Pilih ruang kerja yang akan dibuka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="86"/>
        <source>Buka ruang kerja demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="87"/>
        <source>Buka ruang kerja yang ada…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="88"/>
        <source>Buat ruang kerja instansi baru…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="102"/>
        <source>Pilih folder ruang kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="108"/>
        <source>Ruang kerja instansi baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="108"/>
        <source>Buat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="113"/>
        <source>dipakai bila tidak ada keyring sistem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="114"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="115"/>
        <source>Nama instansi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="116"/>
        <source>Kata sandi admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="117"/>
        <source>Frasa sandi ruang kerja</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/views/unlock_dialog.py" line="24"/>
        <source>Buka ruang kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock_dialog.py" line="26"/>
        <source>Ruang kerja di {path} dikunci dengan frasa sandi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock_dialog.py" line="33"/>
        <source>Frasa sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock_dialog.py" line="37"/>
        <source>Buka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock_dialog.py" line="38"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/tasks.py" line="84"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../ui/views/progress_table.py" line="27"/>
        <location filename="../../ui/views/skp_editor.py" line="59"/>
        <source>Rencana Hasil Kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/progress_table.py" line="28"/>
        <source>Indikator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/progress_table.py" line="29"/>
        <source>Target tahunan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/progress_table.py" line="30"/>
        <source>Realisasi periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/progress_table.py" line="31"/>
        <source>Capaian s.d. periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/progress_table.py" line="32"/>
        <source>Bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="56"/>
        <source>Utama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="56"/>
        <source>Tambahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="58"/>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="60"/>
        <source>RHK pimpinan yang diintervensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="61"/>
        <source>Aspek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="62"/>
        <source>Indikator kinerja individu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="63"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
