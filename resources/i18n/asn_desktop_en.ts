<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
<context>
    <name>AddFollowUpDialog</name>
    <message>
        <location filename="../../ui/views/follow_up_dialogs.py" line="37"/>
        <source>Tambah tindak lanjut</source>
        <translation>Add follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_dialogs.py" line="43"/>
        <source> (disarankan)</source>
        <translation> (suggested)</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_dialogs.py" line="50"/>
        <source>Wajib untuk pembinaan: apa yang ingin dicapai</source>
        <translation>Required for coaching: what should be achieved</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_dialogs.py" line="51"/>
        <source>(tanpa tenggat)</source>
        <translation>(no due date)</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_dialogs.py" line="53"/>
        <source>(tanpa kompetensi tertentu)</source>
        <translation>(no particular competency)</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_dialogs.py" line="57"/>
        <source> — kesenjangan {gap}</source>
        <translation> — gap {gap}</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_dialogs.py" line="59"/>
        <source>{name} (level {level}){mark}</source>
        <translation>{name} (level {level}){mark}</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_dialogs.py" line="65"/>
        <source>&amp;Jenis</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_dialogs.py" line="66"/>
        <source>J&amp;udul</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_dialogs.py" line="67"/>
        <source>T&amp;ujuan</source>
        <translation>&amp;Goal</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_dialogs.py" line="68"/>
        <source>&amp;Tenggat</source>
        <translation>&amp;Due date</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_dialogs.py" line="69"/>
        <source>&amp;Kompetensi</source>
        <translation>&amp;Competency</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_dialogs.py" line="76"/>
        <source>Pelatihan {name}</source>
        <translation>Training: {name}</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../ui/views/admin/admin_page.py" line="33"/>
        <source>Halaman administrasi hanya untuk administrator.</source>
        <translation>The administration page is for administrators only.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/admin_page.py" line="46"/>
        <source>&amp;Unit &amp;&amp; Jabatan</source>
        <translation>&amp;Units &amp;&amp; Positions</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/admin_page.py" line="47"/>
        <source>&amp;Pegawai</source>
        <translation>&amp;Employees</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/admin_page.py" line="48"/>
        <source>Pe&amp;ngguna</source>
        <translation>Use&amp;rs</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/admin_page.py" line="49"/>
        <source>Pe&amp;ngaturan</source>
        <translation>Se&amp;ttings</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/admin_page.py" line="50"/>
        <source>&amp;Kompetensi Jabatan</source>
        <translation>Position &amp;competencies</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/admin_page.py" line="51"/>
        <source>&amp;Tanda Tangan</source>
        <translation>&amp;Signing</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/admin_page.py" line="52"/>
        <source>&amp;Instansi &amp;&amp; Konfigurasi</source>
        <translation>&amp;Agency &amp;&amp; configuration</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/admin_page.py" line="53"/>
        <source>Kea&amp;manan</source>
        <translation>Secu&amp;rity</translation>
    </message>
</context>
<context>
    <name>AgencyTab</name>
    <message>
        <location filename="../../ui/views/admin/agency_tab.py" line="82"/>
        <source>Instansi</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/agency_tab.py" line="85"/>
        <source>kota tempat formulir ditandatangani</source>
        <translation>city where the forms are signed</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/agency_tab.py" line="89"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/agency_tab.py" line="92"/>
        <source>&amp;Nama</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/agency_tab.py" line="93"/>
        <source>&amp;Kota</source>
        <translation>&amp;City</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/agency_tab.py" line="94"/>
        <source>&amp;Zona waktu</source>
        <translation>&amp;Time zone</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/agency_tab.py" line="99"/>
        <source>Logo kop formulir</source>
        <translation>Form header logo</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/agency_tab.py" line="103"/>
        <source>Pilih &amp;logo…</source>
        <translation>Choose &amp;logo…</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/agency_tab.py" line="105"/>
        <source>Hapus logo</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/agency_tab.py" line="107"/>
        <source>Logo dihapus.</source>
        <translation>Logo removed.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/agency_tab.py" line="116"/>
        <source>Unit kerja: tempat dan pimpinan yang berwenang (penetapan predikat)</source>
        <translation>Work unit: place and authorised head (rating determination)</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/agency_tab.py" line="120"/>
        <source>kosong: kota instansi</source>
        <translation>empty: the agency&apos;s city</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/agency_tab.py" line="122"/>
        <source>— kepala unit di atasnya —</source>
        <translation>— head of the unit above —</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/agency_tab.py" line="124"/>
        <source>Simpan &amp;unit</source>
        <translation>Save &amp;unit</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/agency_tab.py" line="127"/>
        <location filename="../../ui/views/admin/agency_tab.py" line="156"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/agency_tab.py" line="128"/>
        <source>Kota</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/agency_tab.py" line="129"/>
        <source>Pimpinan yang berwenang</source>
        <translation>Authorised head</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/agency_tab.py" line="134"/>
        <source>Pelaksana tugas (Plt./Plh.)</source>
        <translation>Acting officials (Plt./Plh.)</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/agency_tab.py" line="145"/>
        <source>&amp;Tetapkan</source>
        <translation>&amp;Assign</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/agency_tab.py" line="148"/>
        <source>Ha&amp;pus penugasan</source>
        <translation>Re&amp;move assignment</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/agency_tab.py" line="153"/>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/agency_tab.py" line="157"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/agency_tab.py" line="158"/>
        <source>Pelaksana</source>
        <translation>Acting official</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/agency_tab.py" line="159"/>
        <source>Jenis dan tanggal</source>
        <translation>Kind and dates</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/agency_tab.py" line="166"/>
        <source>Tabel konfigurasi</source>
        <translation>Configuration tables</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/agency_tab.py" line="172"/>
        <source>Untuk</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/agency_tab.py" line="172"/>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/agency_tab.py" line="178"/>
        <source>Simpan &amp;tabel</source>
        <translation>Save &amp;table</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/agency_tab.py" line="180"/>
        <source>Kembalikan nilai bawaan</source>
        <translation>Restore the defaults</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/agency_tab.py" line="226"/>
        <source>Pilih jabatan dan pelaksananya.</source>
        <translation>Choose the position and the acting official.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/agency_tab.py" line="237"/>
        <source>Pelaksana tugas ditetapkan.</source>
        <translation>Acting official assigned.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/agency_tab.py" line="246"/>
        <source>Penugasan dihapus.</source>
        <translation>Assignment removed.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/agency_tab.py" line="252"/>
        <source>(tanpa logo)</source>
        <translation>(no logo)</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/agency_tab.py" line="316"/>
        <source>Pengaturan instansi disimpan.</source>
        <translation>Agency settings saved.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/agency_tab.py" line="320"/>
        <source>Pilih logo</source>
        <translation>Choose a logo</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/agency_tab.py" line="325"/>
        <source>Logo disimpan.</source>
        <translation>Logo saved.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/agency_tab.py" line="337"/>
        <source>Pengaturan unit {unit} disimpan.</source>
        <translation>Settings of {unit} saved.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/agency_tab.py" line="342"/>
        <source>Tabel disimpan.</source>
        <translation>Table saved.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/agency_tab.py" line="346"/>
        <source>Tabel kembali ke nilai bawaan.</source>
        <translation>Table restored to its defaults.</translation>
    </message>
</context>
<context>
    <name>AngkaKreditExport</name>
    <message>
        <location filename="../../ui/views/angka_kredit_export.py" line="30"/>
        <location filename="../../ui/views/angka_kredit_export.py" line="43"/>
        <location filename="../../ui/views/angka_kredit_export.py" line="49"/>
        <source>Ekspor angka kredit</source>
        <translation>Export credit points</translation>
    </message>
    <message>
        <location filename="../../ui/views/angka_kredit_export.py" line="41"/>
        <source>Angka kredit {year}: {n} pemegang jabatan fungsional, {name}.</source>
        <translation>Credit points {year}: {n} functional position holders, {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/angka_kredit_export.py" line="57"/>
        <source>Mengekspor angka kredit…</source>
        <translation>Exporting credit points…</translation>
    </message>
</context>
<context>
    <name>AngkaKreditPanel</name>
    <message>
        <location filename="../../ui/views/angka_kredit_panel.py" line="41"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/views/angka_kredit_panel.py" line="42"/>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/views/angka_kredit_panel.py" line="43"/>
        <source>Predikat</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../ui/views/angka_kredit_panel.py" line="44"/>
        <source>Persentase</source>
        <translation>Percentage</translation>
    </message>
    <message>
        <location filename="../../ui/views/angka_kredit_panel.py" line="45"/>
        <source>Koefisien</source>
        <translation>Coefficient</translation>
    </message>
    <message>
        <location filename="../../ui/views/angka_kredit_panel.py" line="46"/>
        <source>Angka kredit</source>
        <translation>Credit points</translation>
    </message>
    <message>
        <location filename="../../ui/views/angka_kredit_panel.py" line="54"/>
        <source>&amp;Cetak angka kredit…</source>
        <translation>&amp;Print credit points…</translation>
    </message>
    <message>
        <location filename="../../ui/views/angka_kredit_panel.py" line="72"/>
        <source>Bukan jabatan fungsional: angka kredit tidak berlaku.</source>
        <translation>Not a functional position: no credit points.</translation>
    </message>
    <message>
        <location filename="../../ui/views/angka_kredit_panel.py" line="76"/>
        <source>Jenjang &lt;b&gt;{jenjang}&lt;/b&gt; · angka kredit {year}: &lt;b&gt;{total}&lt;/b&gt;{note}</source>
        <translation>Level &lt;b&gt;{jenjang}&lt;/b&gt; · credit points {year}: &lt;b&gt;{total}&lt;/b&gt;{note}</translation>
    </message>
    <message>
        <location filename="../../ui/views/angka_kredit_panel.py" line="86"/>
        <source>Simpan angka kredit</source>
        <translation>Save credit points</translation>
    </message>
    <message>
        <location filename="../../ui/views/angka_kredit_panel.py" line="100"/>
        <source>Dicetak ke {name}.</source>
        <translation>Printed to {name}.</translation>
    </message>
</context>
<context>
    <name>AnswerModel</name>
    <message>
        <location filename="../../ui/models/feedback360.py" line="66"/>
        <source>Butir penilaian</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback360.py" line="67"/>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback360.py" line="68"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback360.py" line="69"/>
        <source>Skor</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback360.py" line="70"/>
        <source>Keterangan skor</source>
        <translation>Score meaning</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback360.py" line="71"/>
        <source>Komentar (opsional)</source>
        <translation>Comment (optional)</translation>
    </message>
</context>
<context>
    <name>AnswerPanel</name>
    <message>
        <location filename="../../ui/views/feedback360_page.py" line="107"/>
        <source>&amp;Simpan jawaban</source>
        <translation>&amp;Save answers</translation>
    </message>
    <message>
        <location filename="../../ui/views/feedback360_page.py" line="125"/>
        <source>Pilih putaran di daftar untuk mengisi jawaban.</source>
        <translation>Choose a round in the list to answer it.</translation>
    </message>
    <message>
        <location filename="../../ui/views/feedback360_page.py" line="133"/>
        <source>diri Anda sendiri</source>
        <translation>yourself</translation>
    </message>
    <message>
        <location filename="../../ui/views/feedback360_page.py" line="135"/>
        <source>{name} (Anda sebagai {relation})</source>
        <translation>{name} (you as {relation})</translation>
    </message>
    <message>
        <location filename="../../ui/views/feedback360_page.py" line="141"/>
        <source>&lt;b&gt;{period}&lt;/b&gt; · penilaian tentang {about}. Ketik 1–5 untuk memberi skor: {scale}.</source>
        <translation>&lt;b&gt;{period}&lt;/b&gt; · rating of {about}. Type 1–5 to score: {scale}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/feedback360_page.py" line="169"/>
        <source>Jawaban tersimpan. Anda dapat mengubahnya selama putaran masih terbuka.</source>
        <translation>Answers saved. You can change them while the round is open.</translation>
    </message>
</context>
<context>
    <name>AssessmentForm</name>
    <message>
        <location filename="../../ui/views/assessment_form.py" line="108"/>
        <source>Target dan realisasi</source>
        <translation>Targets and realisation</translation>
    </message>
    <message>
        <location filename="../../ui/views/assessment_form.py" line="114"/>
        <source>Bukti dukung indikator terpilih</source>
        <translation>Evidence for the selected indicator</translation>
    </message>
    <message>
        <location filename="../../ui/views/assessment_form.py" line="119"/>
        <source>Masukan: penilaian diri, rekan kerja, masyarakat</source>
        <translation>Input: self-assessment, peers, public</translation>
    </message>
    <message>
        <location filename="../../ui/views/assessment_form.py" line="123"/>
        <source>Cari umpan balik…</source>
        <translation>Search feedback…</translation>
    </message>
    <message>
        <location filename="../../ui/views/assessment_form.py" line="126"/>
        <source>Semua sumber</source>
        <translation>All sources</translation>
    </message>
    <message>
        <location filename="../../ui/views/assessment_form.py" line="163"/>
        <source>Tulis umpan balik untuk RHK atau nilai BerAKHLAK terpilih</source>
        <translation>Write feedback on the selected RHK or BerAKHLAK value</translation>
    </message>
    <message>
        <location filename="../../ui/views/assessment_form.py" line="167"/>
        <source>&amp;Kirim umpan balik</source>
        <translation>Se&amp;nd feedback</translation>
    </message>
    <message>
        <location filename="../../ui/views/assessment_form.py" line="172"/>
        <source>Umpan balik atasan &amp;tentang</source>
        <translation>Supervisor feedback &amp;about</translation>
    </message>
    <message>
        <location filename="../../ui/views/assessment_form.py" line="184"/>
        <source>Penilaian pejabat penilai</source>
        <translation>Appraising official&apos;s assessment</translation>
    </message>
    <message>
        <location filename="../../ui/views/assessment_form.py" line="189"/>
        <source>Catatan penilaian (opsional)</source>
        <translation>Assessment notes (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/views/assessment_form.py" line="197"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/views/assessment_form.py" line="199"/>
        <location filename="../../ui/views/assessment_form.py" line="394"/>
        <source>&amp;Finalkan</source>
        <translation>&amp;Finalise</translation>
    </message>
    <message>
        <location filename="../../ui/views/assessment_form.py" line="201"/>
        <source>&amp;Buka kembali</source>
        <translation>&amp;Reopen</translation>
    </message>
    <message>
        <location filename="../../ui/views/assessment_form.py" line="267"/>
        <source>tanpa rating</source>
        <translation>no rating</translation>
    </message>
    <message>
        <location filename="../../ui/views/assessment_form.py" line="270"/>
        <source>&lt;b&gt;Penilaian diri:&lt;/b&gt; {rating}</source>
        <translation>&lt;b&gt;Self-assessment:&lt;/b&gt; {rating}</translation>
    </message>
    <message>
        <location filename="../../ui/views/assessment_form.py" line="273"/>
        <source>&lt;b&gt;Penilaian diri:&lt;/b&gt; belum diisi pegawai.</source>
        <translation>&lt;b&gt;Self-assessment:&lt;/b&gt; not yet completed by the employee.</translation>
    </message>
    <message>
        <location filename="../../ui/views/assessment_form.py" line="290"/>
        <source>Umum (tanpa RHK tertentu)</source>
        <translation>General (no specific RHK)</translation>
    </message>
    <message>
        <location filename="../../ui/views/assessment_form.py" line="292"/>
        <source>RHK: {text}</source>
        <translation>RHK: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/views/assessment_form.py" line="297"/>
        <source>Perilaku: {label}</source>
        <translation>Behaviour: {label}</translation>
    </message>
    <message>
        <location filename="../../ui/views/assessment_form.py" line="327"/>
        <source>Status: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>Status: &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/assessment_form.py" line="329"/>
        <source>Status: &lt;b&gt;belum dinilai&lt;/b&gt;</source>
        <translation>Status: &lt;b&gt;not yet assessed&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/assessment_form.py" line="369"/>
        <source>Pilih rating hasil kerja dan rating perilaku kerja.</source>
        <translation>Select the work results rating and the work behaviour rating.</translation>
    </message>
    <message>
        <location filename="../../ui/views/assessment_form.py" line="390"/>
        <source>Finalkan penilaian</source>
        <translation>Finalise assessment</translation>
    </message>
    <message>
        <location filename="../../ui/views/assessment_form.py" line="392"/>
        <source>Setelah final, penilaian tidak dapat diubah kecuali dibuka kembali. Finalkan sekarang?</source>
        <translation>Once final, the assessment cannot be changed unless it is reopened. Finalise now?</translation>
    </message>
    <message>
        <location filename="../../ui/views/assessment_form.py" line="442"/>
        <source>Umpan balik tersimpan.</source>
        <translation>Feedback saved.</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../ui/views/admin/employee_import.py" line="68"/>
        <source>Pilih kolom</source>
        <translation>Choose columns</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employee_import.py" line="75"/>
        <source>— tidak ada —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employee_import.py" line="84"/>
        <source>Tata letak berkas ini tidak dikenal. Pilih kolom untuk setiap data (* wajib; unit boleh diganti ID unit). Pilihan ini diingat untuk berkas dengan judul kolom yang sama.</source>
        <translation>This file&apos;s layout is not known. Choose the column for each field (* required; a unit ID may stand for the unit). The choice is remembered for files with the same column headers.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employee_import.py" line="92"/>
        <source>Lanjut</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employee_import.py" line="93"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CompetenciesTab</name>
    <message>
        <location filename="../../ui/views/admin/competencies.py" line="95"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/competencies.py" line="96"/>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/competencies.py" line="98"/>
        <source>Kompetensi</source>
        <translation>Competencies</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/competencies.py" line="108"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/competencies.py" line="109"/>
        <source>Nama kompetensi</source>
        <translation>Competency</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/competencies.py" line="110"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/competencies.py" line="111"/>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/competencies.py" line="124"/>
        <source>&amp;Tambah kompetensi…</source>
        <translation>&amp;Add competency…</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/competencies.py" line="126"/>
        <source>U&amp;bah…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/competencies.py" line="128"/>
        <location filename="../../ui/views/admin/competencies.py" line="229"/>
        <source>&amp;Hapus</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/competencies.py" line="192"/>
        <source>Pilih jabatan di daftar di atas.</source>
        <translation>Choose a position in the list above.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/competencies.py" line="195"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; · {unit}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; · {unit}</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/competencies.py" line="227"/>
        <source>Hapus kompetensi</source>
        <translation>Remove competency</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/competencies.py" line="228"/>
        <source>Hapus kompetensi &quot;{name}&quot; dari jabatan ini?</source>
        <translation>Remove the competency &quot;{name}&quot; from this position?</translation>
    </message>
</context>
<context>
    <name>CompetencyDialog</name>
    <message>
        <location filename="../../ui/views/admin/competencies.py" line="46"/>
        <source>Ubah kompetensi</source>
        <translation>Edit competency</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/competencies.py" line="46"/>
        <source>Tambah kompetensi</source>
        <translation>Add competency</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/competencies.py" line="54"/>
        <source>mis. Analisis Kebijakan</source>
        <translation>e.g. Policy analysis</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/competencies.py" line="67"/>
        <source>&amp;Jenis</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/competencies.py" line="68"/>
        <source>&amp;Nama kompetensi</source>
        <translation>&amp;Competency</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/competencies.py" line="69"/>
        <source>&amp;Level yang dipersyaratkan</source>
        <translation>Required &amp;level</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/competencies.py" line="70"/>
        <source>&amp;Uraian (opsional)</source>
        <translation>&amp;Description (optional)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/views/sync_dialog.py" line="159"/>
        <source>Konflik sinkronisasi</source>
        <translation>Sync conflicts</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync_dialog.py" line="163"/>
        <source>Terdeteksi</source>
        <translation>Detected</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync_dialog.py" line="164"/>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync_dialog.py" line="165"/>
        <source>Nilai di laptop ini</source>
        <translation>Value on this laptop</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync_dialog.py" line="166"/>
        <source>Nilai kiriman</source>
        <translation>Incoming value</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync_dialog.py" line="176"/>
        <source>Pertahankan versi laptop ini</source>
        <translation>Keep this laptop&apos;s version</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync_dialog.py" line="178"/>
        <source>Pakai versi kiriman</source>
        <translation>Use the incoming version</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync_dialog.py" line="180"/>
        <source>Tidak ada konflik.</source>
        <translation>No conflicts.</translation>
    </message>
</context>
<context>
    <name>DistributionChart</name>
    <message>
        <location filename="../../ui/views/distribution_chart.py" line="118"/>
        <source>Distribusi predikat {unit} ({n} pegawai dinilai)</source>
        <translation>Rating category distribution for {unit} ({n} employees assessed)</translation>
    </message>
    <message>
        <location filename="../../ui/views/distribution_chart.py" line="122"/>
        <source>Sesuai pola</source>
        <translation>Within pattern</translation>
    </message>
    <message>
        <location filename="../../ui/views/distribution_chart.py" line="123"/>
        <source>Di luar pola</source>
        <translation>Outside pattern</translation>
    </message>
    <message>
        <location filename="../../ui/views/distribution_chart.py" line="136"/>
        <source>Batas atas</source>
        <translation>Upper limit</translation>
    </message>
    <message>
        <location filename="../../ui/views/distribution_chart.py" line="139"/>
        <source>Batas bawah</source>
        <translation>Lower limit</translation>
    </message>
    <message>
        <location filename="../../ui/views/distribution_chart.py" line="156"/>
        <source>Pegawai</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../ui/views/distribution_chart.py" line="186"/>
        <source> (boleh {low}–{high})</source>
        <translation> (allowed {low}–{high})</translation>
    </message>
</context>
<context>
    <name>EmployeeDialog</name>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="183"/>
        <source>Ubah data pegawai</source>
        <translation>Edit employee</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="183"/>
        <source>Tambah pegawai</source>
        <translation>Add employee</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="190"/>
        <source>Otomatis dari NIP</source>
        <translation>Automatic from NIP</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="199"/>
        <source>mis. III/a</source>
        <translation>e.g. III/a</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="200"/>
        <source>— tanpa atasan —</source>
        <translation>— no supervisor —</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="203"/>
        <source>&amp;NIP</source>
        <translation>&amp;NIP</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="204"/>
        <source>Nam&amp;a</source>
        <translation>N&amp;ame</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="205"/>
        <source>&amp;Jenis ASN</source>
        <translation>ASN &amp;type</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="206"/>
        <source>&amp;Unit kerja</source>
        <translation>&amp;Work unit</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="207"/>
        <source>Ja&amp;batan</source>
        <translation>&amp;Position</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="208"/>
        <source>&amp;Pangkat</source>
        <translation>&amp;Rank</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="209"/>
        <source>&amp;Golongan</source>
        <translation>&amp;Grade</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="210"/>
        <source>A&amp;tasan langsung</source>
        <translation>&amp;Direct supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="211"/>
        <source>&amp;Surel</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="222"/>
        <source>— belum ditetapkan —</source>
        <translation>— not yet set —</translation>
    </message>
</context>
<context>
    <name>EmployeeImportFlow</name>
    <message>
        <location filename="../../ui/views/admin/employee_import.py" line="215"/>
        <source>Membaca dan memeriksa {name}…</source>
        <translation>Reading and checking {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employee_import.py" line="221"/>
        <location filename="../../ui/views/admin/employee_import.py" line="267"/>
        <location filename="../../ui/views/admin/employee_import.py" line="283"/>
        <source>Impor data pegawai</source>
        <translation>Import employees</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employee_import.py" line="245"/>
        <source>Impor dibatalkan.</source>
        <translation>Import cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employee_import.py" line="253"/>
        <location filename="../../ui/views/admin/employee_import.py" line="276"/>
        <source>Impor dibatalkan; tidak ada yang disimpan.</source>
        <translation>Import cancelled; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employee_import.py" line="261"/>
        <source>Menyimpan {name}…</source>
        <translation>Saving {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employee_import.py" line="282"/>
        <source>Impor gagal; tidak ada data yang disimpan.</source>
        <translation>Import failed; nothing was saved.</translation>
    </message>
</context>
<context>
    <name>EmployeePicker</name>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="71"/>
        <source>— tidak ada —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="73"/>
        <source>Ketik nama atau NIP…</source>
        <translation>Type a name or NIP…</translation>
    </message>
</context>
<context>
    <name>EmployeeTableModel</name>
    <message>
        <location filename="../../ui/models/employee_table.py" line="49"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/models/employee_table.py" line="50"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../ui/models/employee_table.py" line="51"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/models/employee_table.py" line="52"/>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../ui/models/employee_table.py" line="53"/>
        <source>Atasan langsung</source>
        <translation>Direct supervisor</translation>
    </message>
</context>
<context>
    <name>EmployeesTab</name>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="434"/>
        <source>Cari nama atau NIP…</source>
        <translation>Search name or NIP…</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="468"/>
        <source>&amp;Tambah pegawai…</source>
        <translation>&amp;Add employee…</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="469"/>
        <source>U&amp;bah…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="470"/>
        <source>&amp;Catat mutasi…</source>
        <translation>Record trans&amp;fer…</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="471"/>
        <source>&amp;Impor SIASN/CSV/XLSX…</source>
        <translation>&amp;Import SIASN/CSV/XLSX…</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="480"/>
        <source>Pindah atasan atau jabatan di tengah tahun: SKP pegawai terpilih ditutup sehari sebelumnya</source>
        <translation>A change of supervisor or position during the year: the chosen employee&apos;s SKP closes the day before</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="489"/>
        <source>Unduhan SIASN apa adanya (NIP BARU, NAMA, UNOR ID/UNOR NAMA, …), atau kolom nip, nama, unit (+ jenis, jabatan, pangkat, golongan, nip_atasan, email); tata letak lain: pilih kolom</source>
        <translation>SIASN&apos;s download as it is (NIP BARU, NAMA, UNOR ID/UNOR NAMA, …), or columns nip, nama, unit (+ jenis, jabatan, pangkat, golongan, nip_atasan, email); any other layout: choose the columns</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="508"/>
        <source>Semua unit</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="514"/>
        <source>{n} pegawai</source>
        <translation>{n} employees</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="541"/>
        <source>Mutasi {name} per {day} dicatat; SKP lamanya berakhir sehari sebelumnya.</source>
        <translation>Transfer of {name} as of {day} recorded; their old SKP ends the day before.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="543"/>
        <source>Mutasi {name} per {day} dicatat; belum ada SKP tahun itu.</source>
        <translation>Transfer of {name} as of {day} recorded; there was no SKP for that year yet.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="558"/>
        <source>Impor data pegawai</source>
        <translation>Import employee data</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="560"/>
        <source>Data pegawai (*.csv *.xlsx);;CSV (*.csv);;Excel (*.xlsx)</source>
        <translation>Employee data (*.csv *.xlsx);;CSV (*.csv);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="569"/>
        <source>Memeriksa {name}…</source>
        <translation>Checking {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="582"/>
        <source>Impor selesai: {created} pegawai baru, {updated} diperbarui, {units} unit baru.</source>
        <translation>Import done: {created} new employees, {updated} updated, {units} new units.</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="80"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="81"/>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="82"/>
        <source>Diunggah</source>
        <translation>Uploaded</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="83"/>
        <source>Pemeriksaan</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="107"/>
        <source>&amp;Lampirkan berkas…</source>
        <translation>&amp;Attach file…</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="109"/>
        <source>&amp;Ganti…</source>
        <translation>&amp;Replace…</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="111"/>
        <location filename="../../ui/views/evidence_panel.py" line="225"/>
        <source>&amp;Hapus</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="115"/>
        <source>Simpan &amp;salinan…</source>
        <translation>&amp;Save a copy…</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="117"/>
        <source>Per&amp;besar</source>
        <translation>&amp;Enlarge</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="161"/>
        <source>Pratinjau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="122"/>
        <source>Seret berkas ke sini untuk melampirkan (PDF, gambar, dokumen kantor; maks. 20 MB).</source>
        <translation>Drag files here to attach them (PDF, images, office documents; max. 20 MB).</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="146"/>
        <source>⚠ ditolak</source>
        <translation>⚠ refused</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="146"/>
        <source>baik</source>
        <translation>fine</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="207"/>
        <source>Berkas ditolak</source>
        <translation>File rejected</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="213"/>
        <source>Pilih bukti dukung</source>
        <translation>Select evidence</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="191"/>
        <source>Tidak ada pratinjau untuk {name}</source>
        <translation>No preview for {name}</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="223"/>
        <source>Hapus bukti dukung</source>
        <translation>Remove evidence</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="224"/>
        <source>Hapus “{name}” dari bukti dukung realisasi ini?</source>
        <translation>Remove “{name}” from this realisation&apos;s evidence?</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="231"/>
        <source>Bukti dukung tidak dihapus</source>
        <translation>Evidence not removed</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="243"/>
        <source>Bukti dukung tidak diganti</source>
        <translation>Evidence not replaced</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="252"/>
        <source>Ganti “{name}” dengan…</source>
        <translation>Replace “{name}” with…</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="286"/>
        <source>Simpan salinan bukti</source>
        <translation>Save a copy of the evidence</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="70"/>
        <source>Ekspor formulir PDF</source>
        <translation>Export PDF forms</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="79"/>
        <source>Buka &amp;folder</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="112"/>
        <source>Seluruh instansi</source>
        <translation>Whole agency</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="127"/>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="132"/>
        <source>Tandatangani (kunci para penanda tangan)</source>
        <translation>Sign (with the signers&apos; keys)</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="134"/>
        <source>satu frasa sandi untuk semua penanda tangan</source>
        <translation>one passphrase for every signer</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="138"/>
        <source>Lampirkan ringkasan umpan balik 360° dan rencana tindak lanjut pada evaluasi</source>
        <translation>Append the 360° feedback summary and the follow-up plan to evaluations</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="116"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="96"/>
        <source>SKP</source>
        <translation>SKP</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="97"/>
        <source>Evaluasi Kinerja</source>
        <translation>Performance evaluation</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="98"/>
        <source>Dokumen Evaluasi Kinerja</source>
        <translation>Evaluation summary</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="99"/>
        <source>Penetapan Predikat Kinerja</source>
        <translation>Rating determination</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="100"/>
        <source>Matriks Peran dan Hasil</source>
        <translation>Role and Result Matrix</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="103"/>
        <source>Matriks Pembagian Peran dan Hasil: satu per pimpinan yang telah membagikan RHK-nya</source>
        <translation>Role and Result Matrix: one for each leader who has assigned their planned results</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="117"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="118"/>
        <source>Formulir</source>
        <translation>Forms</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="119"/>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="125"/>
        <source>kota tempat penandatanganan, mis. Palembang</source>
        <translation>city of signing, e.g. Palembang</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="142"/>
        <source>Tempat penandatanganan</source>
        <translation>Place of signing</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="143"/>
        <source>Simpan ke (folder atau .zip)</source>
        <translation>Save to (folder or .zip)</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="146"/>
        <source>Frasa sandi kunci tanda tangan</source>
        <translation>Signing key passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="153"/>
        <source>Tahunan ({label})</source>
        <translation>Annual ({label})</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="173"/>
        <source>Isi tempat penandatanganan (kota) yang dicetak pada penutup setiap formulir.</source>
        <translation>Fill in the place of signing (city) printed in every form&apos;s closing.</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="175"/>
        <source>Pilih paling sedikit satu formulir.</source>
        <translation>Choose at least one form.</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="194"/>
        <source>Arsip (*.zip)</source>
        <translation>Archive (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="253"/>
        <source>Ekspor dibatalkan; arsip tidak ditulis.</source>
        <translation>Export cancelled; no archive was written.</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="264"/>
        <source>{n} formulir ditulis ke {target} ({signed} bertanda tangan).</source>
        <translation>{n} forms written to {target} ({signed} signed).</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="270"/>
        <source>{n} formulir dilewati:</source>
        <translation>{n} forms skipped:</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="275"/>
        <source>{n} × alasan lain</source>
        <translation>{n} × other reasons</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="286"/>
        <location filename="../../ui/views/export_dialog.py" line="294"/>
        <source>Tampilkan rincian ({n})</source>
        <translation>Show details ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="294"/>
        <source>Sembunyikan rincian ({n})</source>
        <translation>Hide details ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="313"/>
        <source>belum memiliki SKP</source>
        <translation>no SKP yet</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="314"/>
        <source>SKP belum disetujui</source>
        <translation>SKP not approved yet</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="315"/>
        <source>dokumen masih draf (SKP belum disetujui atau penilaian belum final)</source>
        <translation>document still a draft (SKP not approved or assessment not final)</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="316"/>
        <source>penanda tangan tidak diketahui</source>
        <translation>signer unknown</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="317"/>
        <source>penanda tangan belum memiliki sertifikat</source>
        <translation>signer has no certificate</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="318"/>
        <source>sertifikat penanda tangan menunggu persetujuan admin</source>
        <translation>signer&apos;s certificate awaits an admin&apos;s approval</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="319"/>
        <source>frasa sandi kunci penanda tangan salah</source>
        <translation>wrong signing-key passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="320"/>
        <source>frasa sandi kunci penanda tangan tidak diberikan</source>
        <translation>signing-key passphrase not given</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="321"/>
        <source>sertifikat penanda tangan tidak dapat dipakai</source>
        <translation>signer&apos;s certificate cannot be used</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="323"/>
        <source>alasan lain</source>
        <translation>other reason</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="77"/>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="78"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="194"/>
        <source>Simpan arsip</source>
        <translation>Save archive</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="258"/>
        <source>Mengekspor formulir…</source>
        <translation>Exporting forms…</translation>
    </message>
</context>
<context>
    <name>Feedback360Page</name>
    <message>
        <location filename="../../ui/views/feedback360_page.py" line="277"/>
        <source>Pegawai yang dinilai</source>
        <translation>Employee rated</translation>
    </message>
    <message>
        <location filename="../../ui/views/feedback360_page.py" line="278"/>
        <source>Sebagai</source>
        <translation>As</translation>
    </message>
    <message>
        <location filename="../../ui/views/feedback360_page.py" line="279"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/views/feedback360_page.py" line="281"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/views/feedback360_page.py" line="283"/>
        <source>belum dijawab</source>
        <translation>not answered</translation>
    </message>
    <message>
        <location filename="../../ui/views/feedback360_page.py" line="283"/>
        <source>sudah dijawab</source>
        <translation>answered</translation>
    </message>
    <message>
        <location filename="../../ui/views/feedback360_page.py" line="306"/>
        <source>Perlu &amp;Dijawab</source>
        <translation>To &amp;answer</translation>
    </message>
    <message>
        <location filename="../../ui/views/feedback360_page.py" line="307"/>
        <source>&amp;Hasil 360° Saya</source>
        <translation>My 360° &amp;results</translation>
    </message>
    <message>
        <location filename="../../ui/views/feedback360_page.py" line="345"/>
        <source>jawaban umpan balik 360°</source>
        <translation>360° feedback answers</translation>
    </message>
</context>
<context>
    <name>Feedback360Tab</name>
    <message>
        <location filename="../../ui/views/feedback360_team.py" line="124"/>
        <source>&amp;Buka putaran…</source>
        <translation>&amp;Open round…</translation>
    </message>
    <message>
        <location filename="../../ui/views/feedback360_team.py" line="126"/>
        <source>&amp;Tambah rekan…</source>
        <translation>&amp;Add peers…</translation>
    </message>
    <message>
        <location filename="../../ui/views/feedback360_team.py" line="128"/>
        <source>&amp;Hapus rekan</source>
        <translation>&amp;Remove peer</translation>
    </message>
    <message>
        <location filename="../../ui/views/feedback360_team.py" line="130"/>
        <source>T&amp;utup putaran…</source>
        <translation>&amp;Close round…</translation>
    </message>
    <message>
        <location filename="../../ui/views/feedback360_team.py" line="135"/>
        <source>Penilai</source>
        <translation>Rater</translation>
    </message>
    <message>
        <location filename="../../ui/views/feedback360_team.py" line="136"/>
        <source>Sebagai</source>
        <translation>As</translation>
    </message>
    <message>
        <location filename="../../ui/views/feedback360_team.py" line="137"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/views/feedback360_team.py" line="184"/>
        <source>belum menjawab</source>
        <translation>not answered yet</translation>
    </message>
    <message>
        <location filename="../../ui/views/feedback360_team.py" line="185"/>
        <source>sudah menjawab ({date})</source>
        <translation>answered ({date})</translation>
    </message>
    <message>
        <location filename="../../ui/views/feedback360_team.py" line="205"/>
        <source>Belum ada putaran umpan balik 360° untuk {period}.</source>
        <translation>No 360° feedback round for {period} yet.</translation>
    </message>
    <message>
        <location filename="../../ui/views/feedback360_team.py" line="215"/>
        <source>&lt;b&gt;{period}&lt;/b&gt; · {status} · dibuka {opened} · {done} dari {total} penilai sudah menjawab</source>
        <translation>&lt;b&gt;{period}&lt;/b&gt; · {status} · opened {opened} · {done} of {total} raters answered</translation>
    </message>
    <message>
        <location filename="../../ui/views/feedback360_team.py" line="229"/>
        <source>Jawaban Anda sebagai atasan diisi di halaman &lt;b&gt;Umpan Balik 360°&lt;/b&gt;.</source>
        <translation>You answer as the supervisor on the &lt;b&gt;360° Feedback&lt;/b&gt; page.</translation>
    </message>
    <message>
        <location filename="../../ui/views/feedback360_team.py" line="237"/>
        <source>Nilai rekan kerja tampil setelah paling sedikit {n} rekan menjawab.</source>
        <translation>Peer scores appear once at least {n} peers have answered.</translation>
    </message>
    <message>
        <location filename="../../ui/views/feedback360_team.py" line="247"/>
        <source>Rating Perilaku Kerja periode ini belum Anda tetapkan.</source>
        <translation>You have not set the work behaviour rating for this period yet.</translation>
    </message>
    <message>
        <location filename="../../ui/views/feedback360_team.py" line="250"/>
        <source>Rating Perilaku Kerja yang Anda tetapkan ({period}): &lt;b&gt;{rating}&lt;/b&gt;</source>
        <translation>Work behaviour rating you set ({period}): &lt;b&gt;{rating}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/feedback360_team.py" line="283"/>
        <source>Buka putaran umpan balik 360°</source>
        <translation>Open a 360° feedback round</translation>
    </message>
    <message>
        <location filename="../../ui/views/feedback360_team.py" line="284"/>
        <source>Buka putaran</source>
        <translation>Open round</translation>
    </message>
    <message>
        <location filename="../../ui/views/feedback360_team.py" line="306"/>
        <source>Tambah rekan penilai</source>
        <translation>Add peer raters</translation>
    </message>
    <message>
        <location filename="../../ui/views/feedback360_team.py" line="307"/>
        <source>Tambahkan</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/views/feedback360_team.py" line="329"/>
        <source>Tutup putaran</source>
        <translation>Close round</translation>
    </message>
    <message>
        <location filename="../../ui/views/feedback360_team.py" line="331"/>
        <source>Setelah ditutup, penilai tidak dapat lagi menjawab dan pegawai dapat melihat hasilnya. Tutup putaran sekarang?</source>
        <translation>Once closed, raters can no longer answer and the employee can see the results. Close the round now?</translation>
    </message>
    <message>
        <location filename="../../ui/views/feedback360_team.py" line="334"/>
        <source>&amp;Tutup putaran</source>
        <translation>&amp;Close the round</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../../ui/views/public_feedback_page.py" line="80"/>
        <source>Catat umpan balik masyarakat</source>
        <translation>Record public feedback</translation>
    </message>
    <message>
        <location filename="../../ui/views/public_feedback_page.py" line="99"/>
        <source>&amp;Unit</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <location filename="../../ui/views/public_feedback_page.py" line="100"/>
        <source>Pe&amp;gawai (opsional)</source>
        <translation>&amp;Employee (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/views/public_feedback_page.py" line="101"/>
        <source>&amp;Tanggal diterima</source>
        <translation>&amp;Date received</translation>
    </message>
    <message>
        <location filename="../../ui/views/public_feedback_page.py" line="102"/>
        <source>&amp;Kanal</source>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <location filename="../../ui/views/public_feedback_page.py" line="103"/>
        <source>&amp;Skor kepuasan (1–5)</source>
        <translation>&amp;Satisfaction score (1–5)</translation>
    </message>
    <message>
        <location filename="../../ui/views/public_feedback_page.py" line="104"/>
        <source>K&amp;omentar</source>
        <translation>C&amp;omment</translation>
    </message>
    <message>
        <location filename="../../ui/views/public_feedback_page.py" line="110"/>
        <source>(tanpa pegawai tertentu)</source>
        <translation>(no particular employee)</translation>
    </message>
</context>
<context>
    <name>FollowUpAgencyPage</name>
    <message>
        <location filename="../../ui/views/follow_up_page.py" line="85"/>
        <source>&amp;Ekspor XLSX…</source>
        <translation>&amp;Export XLSX…</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_page.py" line="88"/>
        <source>&amp;Unit</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_page.py" line="98"/>
        <source>&lt;b&gt;Tindak lanjut yang masih terbuka di seluruh instansi&lt;/b&gt;</source>
        <translation>&lt;b&gt;Open follow-ups across the agency&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_page.py" line="104"/>
        <source>Semua unit</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_page.py" line="109"/>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_page.py" line="114"/>
        <source>{n} tindak lanjut terbuka</source>
        <translation>{n} open follow-ups</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_page.py" line="118"/>
        <location filename="../../ui/views/follow_up_page.py" line="134"/>
        <location filename="../../ui/views/follow_up_page.py" line="154"/>
        <source>Ekspor tindak lanjut</source>
        <translation>Export follow-ups</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_page.py" line="118"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_page.py" line="144"/>
        <source>{n} tindak lanjut diekspor ke {name}.</source>
        <translation>{n} follow-ups exported to {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_page.py" line="149"/>
        <source>Ekspor dibatalkan; tidak ada berkas yang ditulis.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_page.py" line="153"/>
        <source>Ekspor gagal.</source>
        <translation>Export failed.</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <location filename="../../ui/views/follow_up_tab.py" line="106"/>
        <source>&amp;Tambah tindak lanjut…</source>
        <translation>&amp;Add follow-up…</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_tab.py" line="107"/>
        <source>Ubah &amp;status…</source>
        <translation>Change &amp;status…</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_tab.py" line="108"/>
        <source>Isi &amp;hasil…</source>
        <translation>Enter &amp;outcome…</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_tab.py" line="109"/>
        <source>&amp;Rencanakan sesi…</source>
        <translation>&amp;Plan session…</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_tab.py" line="110"/>
        <source>&amp;Catat sesi…</source>
        <translation>&amp;Record session…</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_tab.py" line="119"/>
        <source>&lt;b&gt;Sesi pembinaan / pelatihan&lt;/b&gt;</source>
        <translation>&lt;b&gt;Coaching / training sessions&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_tab.py" line="176"/>
        <source>Tindak lanjut dicatat dari penilaian periode ini yang sudah final.</source>
        <translation>Follow-up is recorded from this period&apos;s assessment once it is final.</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_tab.py" line="179"/>
        <source>tidak ada</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_tab.py" line="181"/>
        <source>Predikat &lt;b&gt;{predikat}&lt;/b&gt; · saran tindak lanjut: {suggestion}</source>
        <translation>Predikat &lt;b&gt;{predikat}&lt;/b&gt; · suggested follow-up: {suggestion}</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_tab.py" line="199"/>
        <source>&lt;b&gt;Tujuan:&lt;/b&gt; {goal}</source>
        <translation>&lt;b&gt;Goal:&lt;/b&gt; {goal}</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_tab.py" line="200"/>
        <source>&lt;b&gt;Kompetensi:&lt;/b&gt; {name}</source>
        <translation>&lt;b&gt;Competency:&lt;/b&gt; {name}</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_tab.py" line="238"/>
        <source>Ubah status tindak lanjut</source>
        <translation>Change follow-up status</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_tab.py" line="238"/>
        <source>Ubah</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_tab.py" line="240"/>
        <source>Status baru</source>
        <translation>New status</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_tab.py" line="241"/>
        <source>Hasil (wajib bila selesai)</source>
        <translation>Outcome (required when done)</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_tab.py" line="252"/>
        <source>Hasil tindak lanjut</source>
        <translation>Follow-up outcome</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_tab.py" line="254"/>
        <source>Hasil</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_tab.py" line="263"/>
        <source>Rencanakan sesi</source>
        <translation>Plan session</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_tab.py" line="265"/>
        <source>Tanggal rencana</source>
        <translation>Planned date</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_tab.py" line="278"/>
        <source>Catat pelaksanaan sesi</source>
        <translation>Record a held session</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_tab.py" line="280"/>
        <source>Tanggal pelaksanaan</source>
        <translation>Date held</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_tab.py" line="281"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/widgets/form_dialog.py" line="44"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form_dialog.py" line="45"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../ui/views/admin/employee_import.py" line="111"/>
        <source>Pratinjau impor: {name}</source>
        <translation>Import preview: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employee_import.py" line="115"/>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employee_import.py" line="116"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employee_import.py" line="117"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employee_import.py" line="118"/>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employee_import.py" line="119"/>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employee_import.py" line="120"/>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employee_import.py" line="130"/>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employee_import.py" line="133"/>
        <source>Simpan laporan…</source>
        <translation>Save report…</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employee_import.py" line="136"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employee_import.py" line="160"/>
        <source>{new} baru, {updated} diperbarui, {refused} ditolak; {units} unit baru.</source>
        <translation>{new} new, {updated} updated, {refused} refused; {units} new units.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employee_import.py" line="167"/>
        <source>Perbaiki baris yang ditolak lalu impor lagi: tidak ada yang disimpan.</source>
        <translation>Fix the refused rows and import again: nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employee_import.py" line="169"/>
        <source>Belum ada yang disimpan; klik Impor untuk menyimpan semuanya.</source>
        <translation>Nothing saved yet; click Import to save it all.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employee_import.py" line="171"/>
        <source>Unit baru: {names}</source>
        <translation>New units: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employee_import.py" line="175"/>
        <source>Berkas: {name}</source>
        <translation>File: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employee_import.py" line="184"/>
        <source>Simpan laporan impor</source>
        <translation>Save the import report</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employee_import.py" line="184"/>
        <source>Teks (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employee_import.py" line="190"/>
        <source>Laporan tidak dapat disimpan: {e}</source>
        <translation>The report cannot be saved: {e}</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="363"/>
        <source>Impor dibatalkan</source>
        <translation>Import cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="367"/>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="368"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="384"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="385"/>
        <source>Simpan laporan…</source>
        <translation>Save report…</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="397"/>
        <source>Berkas: {name}</source>
        <translation>File: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="399"/>
        <source>baris {line}: {reason}</source>
        <translation>row {line}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="405"/>
        <source>Simpan laporan impor</source>
        <translation>Save import report</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="405"/>
        <source>Teks (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="413"/>
        <source>Laporan tidak dapat disimpan: {e}</source>
        <translation>The report could not be saved: {e}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/views/login_dialog.py" line="57"/>
        <source>Masuk — ASN Kinerja</source>
        <translation>Sign in — ASN Kinerja</translation>
    </message>
    <message>
        <location filename="../../ui/views/login_dialog.py" line="60"/>
        <source>nama pengguna atau NIP</source>
        <translation>username or NIP</translation>
    </message>
    <message>
        <location filename="../../ui/views/login_dialog.py" line="67"/>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/views/login_dialog.py" line="68"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/views/login_dialog.py" line="72"/>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/views/login_dialog.py" line="73"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/__main__.py" line="98"/>
        <source>Ruang kerja demo: masuk sebagai &lt;b&gt;admin&lt;/b&gt; atau NIP pegawai, kata sandi &lt;b&gt;{pw}&lt;/b&gt;.</source>
        <translation>Demo workspace: log in as &lt;b&gt;admin&lt;/b&gt; or an employee&apos;s NIP, password &lt;b&gt;{pw}&lt;/b&gt;.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="78"/>
        <source>ASN Kinerja — {name} ({agency})</source>
        <translation>ASN Kinerja — {name} ({agency})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>Kinerja Saya</source>
        <translation>My performance</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>SKP Saya</source>
        <translation>My SKP</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>Realisasi</source>
        <translation>Realisation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107"/>
        <source>Catatan Harian</source>
        <translation>Daily Log</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>Umpan Balik 360°</source>
        <translation>360° Feedback</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>Penilaian Bawahan</source>
        <translation>Team appraisal</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>Rapat Evaluasi</source>
        <translation>Review meetings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>Keberatan</source>
        <translation>Objections</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117"/>
        <source>Unit Kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>Umpan Balik Masyarakat</source>
        <translation>Public Feedback</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123"/>
        <source>Tindak Lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125"/>
        <source>Kirim ke SIASN</source>
        <translation>Send to SIASN</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126"/>
        <source>Administrasi</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151"/>
        <source>&amp;Halaman</source>
        <translation>&amp;Pages</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>Halaman &amp;berikutnya</source>
        <translation>&amp;Next page</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>Halaman &amp;sebelumnya</source>
        <translation>&amp;Previous page</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177"/>
        <source>Ke &amp;navigasi</source>
        <translation>Go to &amp;navigation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226"/>
        <source>&amp;Ganti pengguna</source>
        <translation>&amp;Switch user</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="228"/>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="234"/>
        <source>&amp;Ekspor formulir PDF…</source>
        <translation>&amp;Export PDF forms…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>Ekspor &amp;angka kredit (XLSX)…</source>
        <translation>Export &amp;credit points (XLSX)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243"/>
        <source>&amp;Sinkronisasi</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244"/>
        <source>&amp;Sinkronkan sekarang…</source>
        <translation>&amp;Sync now…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="247"/>
        <source>&amp;Konflik…</source>
        <translation>&amp;Conflicts…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="252"/>
        <source>&amp;Pengaturan</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="254"/>
        <source>&amp;Kunci tanda tangan saya…</source>
        <translation>My &amp;signing key…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="257"/>
        <source>&amp;Bahasa</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264"/>
        <source>Ban&amp;tuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="265"/>
        <source>&amp;Panduan pengguna</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="268"/>
        <source>&amp;Tentang ASN Kinerja</source>
        <translation>&amp;About ASN Kinerja</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="277"/>
        <source>kunci di keyring sistem</source>
        <translation>key in system keyring</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="279"/>
        <source>kunci disegel frasa sandi</source>
        <translation>key sealed with passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="290"/>
        <source>Sinkron terakhir: {when}</source>
        <translation>Last sync: {when}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="292"/>
        <source>Belum pernah sinkron</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="297"/>
        <source>{n} konflik</source>
        <translation>{n} conflicts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="320"/>
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="320"/>
        <source>Bahasa tampilan akan berubah setelah aplikasi dibuka kembali.</source>
        <translation>The display language will change after the application is restarted.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="326"/>
        <source>Panduan pengguna</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="337"/>
        <source>Tentang ASN Kinerja</source>
        <translation>About ASN Kinerja</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339"/>
        <source>&lt;b&gt;ASN Kinerja Desktop&lt;/b&gt; versi {version}&lt;br&gt;Pengelolaan kinerja pegawai ASN menurut PermenPANRB 6/2022.&lt;br&gt;Data tersimpan terenkripsi di laptop ini.</source>
        <translation>&lt;b&gt;ASN Kinerja Desktop&lt;/b&gt; version {version}&lt;br&gt;Performance management for ASN employees under PermenPANRB 6/2022.&lt;br&gt;Data is stored encrypted on this laptop.</translation>
    </message>
</context>
<context>
    <name>MatrixPanel</name>
    <message>
        <location filename="../../ui/views/matrix_panel.py" line="54"/>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix_panel.py" line="55"/>
        <source>RHK pimpinan</source>
        <translation>Leader&apos;s planned result</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix_panel.py" line="56"/>
        <source>Pegawai</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix_panel.py" line="57"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix_panel.py" line="58"/>
        <source>Hasil kerja yang diharapkan</source>
        <translation>Expected result</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix_panel.py" line="80"/>
        <source>hasil kerja yang diharapkan darinya (boleh kosong)</source>
        <translation>the result expected of them (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix_panel.py" line="82"/>
        <source>&amp;RHK</source>
        <translation>&amp;Result</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix_panel.py" line="83"/>
        <source>P&amp;egawai</source>
        <translation>&amp;Employee</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix_panel.py" line="84"/>
        <source>Pe&amp;ran</source>
        <translation>R&amp;ole</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix_panel.py" line="85"/>
        <source>&amp;Hasil</source>
        <translation>E&amp;xpected</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix_panel.py" line="86"/>
        <source>&amp;Bagikan</source>
        <translation>&amp;Assign</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix_panel.py" line="88"/>
        <source>Ha&amp;pus baris</source>
        <translation>Re&amp;move row</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix_panel.py" line="90"/>
        <source>&amp;Cetak matriks…</source>
        <translation>&amp;Print matrix…</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix_panel.py" line="115"/>
        <source>Bagikan RHK Anda tahun {year} kepada pegawai yang Anda nilai.</source>
        <translation>Assign your {year} planned results to the employees you appraise.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix_panel.py" line="121"/>
        <source>(belum dibagikan)</source>
        <translation>(not assigned yet)</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix_panel.py" line="168"/>
        <source>Simpan matriks</source>
        <translation>Save matrix</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix_panel.py" line="182"/>
        <source>Dicetak ke {name}.</source>
        <translation>Printed to {name}.</translation>
    </message>
</context>
<context>
    <name>MeetingFacts</name>
    <message>
        <location filename="../../ui/views/meeting_facts.py" line="79"/>
        <source>Target dan capaian</source>
        <translation>Targets and achievement</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_facts.py" line="96"/>
        <source>Bukti dukung</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_facts.py" line="97"/>
        <source>Umpan balik terakhir</source>
        <translation>Latest feedback</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_facts.py" line="108"/>
        <source>hasil kerja</source>
        <translation>work results</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_facts.py" line="113"/>
        <source>Belum ada umpan balik.</source>
        <translation>No feedback yet.</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_facts.py" line="133"/>
        <source>Belum ada bukti dukung pada periode ini.</source>
        <translation>No evidence in this period yet.</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <location filename="../../ui/views/meeting_view.py" line="91"/>
        <source>Cari nama atau NIP…</source>
        <translation>Search name or NIP…</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_view.py" line="96"/>
        <source>Pilih semua</source>
        <translation>Select all</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_view.py" line="98"/>
        <source>Kosongkan</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_view.py" line="106"/>
        <source>Peserta rapat (bawahan langsung)</source>
        <translation>Meeting participants (direct reports)</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_view.py" line="118"/>
        <source>mis. Ruang Rapat Lt. 2</source>
        <translation>e.g. Meeting Room, 2nd floor</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_view.py" line="120"/>
        <source>&amp;Mulai rapat</source>
        <translation>&amp;Start meeting</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_view.py" line="125"/>
        <source>&amp;Tanggal</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_view.py" line="126"/>
        <source>Tem&amp;pat</source>
        <translation>&amp;Venue</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_view.py" line="127"/>
        <source>P&amp;eriode</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_view.py" line="130"/>
        <source>Rapat evaluasi kinerja</source>
        <translation>Performance review meeting</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_view.py" line="144"/>
        <source>Cari rapat (peserta, tempat, notulen)…</source>
        <translation>Search meetings (participants, venue, minutes)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_view.py" line="155"/>
        <source>Rapat sebelumnya</source>
        <translation>Previous meetings</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_view.py" line="165"/>
        <source>{n} dipilih</source>
        <translation>{n} selected</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_view.py" line="171"/>
        <source>Pilih paling sedikit satu pegawai peserta rapat.</source>
        <translation>Select at least one employee to take part in the meeting.</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_view.py" line="188"/>
        <source>notulen dan rating rapat</source>
        <translation>the meeting&apos;s minutes and ratings</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_view.py" line="204"/>
        <source>Notulen rapat terakhir tersimpan.</source>
        <translation>Minutes of the last meeting saved.</translation>
    </message>
</context>
<context>
    <name>MeetingRunner</name>
    <message>
        <location filename="../../ui/views/meeting_runner.py" line="157"/>
        <source>Jalannya rapat, untuk semua peserta</source>
        <translation>Meeting proceedings, for all participants</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_runner.py" line="158"/>
        <source>Keputusan dan tindak lanjut</source>
        <translation>Decisions and follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_runner.py" line="160"/>
        <source>Notulen rapat</source>
        <translation>Meeting minutes</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_runner.py" line="161"/>
        <source>Keputusan rapat</source>
        <translation>Meeting decisions</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_runner.py" line="167"/>
        <source>Catatan khusus untuk pegawai ini</source>
        <translation>Specific notes for this employee</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_runner.py" line="171"/>
        <source>Catatan untuk pegawai</source>
        <translation>Notes for the employee</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_runner.py" line="174"/>
        <source>Simpan &amp;rating</source>
        <translation>Save &amp;rating</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_runner.py" line="180"/>
        <source>Penilaian</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_runner.py" line="192"/>
        <source>◀ Sebelumnya (PgUp)</source>
        <translation>◀ Previous (PgUp)</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_runner.py" line="194"/>
        <source>Berikutnya (PgDn) ▶</source>
        <translation>Next (PgDn) ▶</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_runner.py" line="196"/>
        <source>Ubah peserta</source>
        <translation>Change participants</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_runner.py" line="198"/>
        <source>Simpan &amp;notulen</source>
        <translation>Save &amp;minutes</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_runner.py" line="200"/>
        <source>Menyimpan notulen dan rating yang belum disimpan; rapat berlanjut</source>
        <translation>Saves the minutes and the ratings not saved yet; the meeting goes on</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_runner.py" line="203"/>
        <source>Se&amp;lesai rapat</source>
        <translation>&amp;End the meeting</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_runner.py" line="254"/>
        <source>Pegawai {n} dari {total}</source>
        <translation>Employee {n} of {total}</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_runner.py" line="256"/>
        <source>Catatan untuk {name}</source>
        <translation>Notes for {name}</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_runner.py" line="426"/>
        <source>Notulen rapat tersimpan {time}.</source>
        <translation>Minutes saved at {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_runner.py" line="291"/>
        <location filename="../../ui/views/meeting_runner.py" line="313"/>
        <source>Rating belum disimpan.</source>
        <translation>Rating not saved yet.</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_runner.py" line="293"/>
        <source>Tersimpan: {predikat}</source>
        <translation>Saved: {predikat}</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_runner.py" line="295"/>
        <source>Belum dinilai.</source>
        <translation>Not yet assessed.</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_runner.py" line="367"/>
        <source>Tersimpan otomatis {time}</source>
        <translation>Saved automatically at {time}</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_runner.py" line="376"/>
        <source>Lengkapi kedua rating untuk {name} atau kembalikan keduanya ke “pilih”.</source>
        <translation>Complete both ratings for {name} or set both back to “select”.</translation>
    </message>
</context>
<context>
    <name>MutasiDialog</name>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="271"/>
        <source>Catat mutasi pegawai</source>
        <translation>Record an employee transfer</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="271"/>
        <location filename="../../ui/views/admin/employees.py" line="341"/>
        <source>&amp;Catat mutasi</source>
        <translation>&amp;Record transfer</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="282"/>
        <source>— tanpa atasan —</source>
        <translation>— no supervisor —</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="288"/>
        <source>— tidak berubah —</source>
        <translation>— unchanged —</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="294"/>
        <source>Tanggal mutasi adalah hari pertama di tempat baru: SKP yang berlaku berakhir sehari sebelumnya, lalu pegawai menyusun SKP baru untuk sisa tahun.</source>
        <translation>The transfer date is the first day in the new place: the SKP in force ends the day before, then the employee drafts a new SKP for the rest of the year.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="301"/>
        <source>Pegawai</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="302"/>
        <source>&amp;Tanggal mutasi</source>
        <translation>Transfer &amp;date</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="303"/>
        <source>&amp;Atasan baru</source>
        <translation>New &amp;supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="304"/>
        <source>&amp;Jabatan baru</source>
        <translation>New &amp;position</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="319"/>
        <source>{name} belum memiliki SKP tahun {year}; hanya atasan dan jabatannya yang diubah per {day}.</source>
        <translation>{name} has no SKP for {year} yet; only their supervisor and position change as of {day}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="327"/>
        <source>SKP tahun {year} versi {version} milik {name} ({period}) akan ditutup: berakhir {end}. Sejak {day} pegawai menyusun SKP baru untuk sisa tahun. Lanjutkan?</source>
        <translation>The {year} SKP, version {version}, of {name} ({period}) will be closed: it ends on {end}. From {day} the employee drafts a new SKP for the rest of the year. Continue?</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="341"/>
        <source>Catat mutasi</source>
        <translation>Record transfer</translation>
    </message>
</context>
<context>
    <name>MyAssessmentsPanel</name>
    <message>
        <location filename="../../ui/views/my_assessments.py" line="31"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/views/my_assessments.py" line="32"/>
        <source>Predikat</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../ui/views/my_assessments.py" line="33"/>
        <source>Versi</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/views/my_assessments.py" line="34"/>
        <source>Keberatan</source>
        <translation>Objections</translation>
    </message>
    <message>
        <location filename="../../ui/views/my_assessments.py" line="45"/>
        <source>Ajukan &amp;keberatan…</source>
        <translation>File an &amp;objection…</translation>
    </message>
    <message>
        <location filename="../../ui/views/my_assessments.py" line="59"/>
        <source>keberatan diajukan</source>
        <translation>objection filed</translation>
    </message>
    <message>
        <location filename="../../ui/views/my_assessments.py" line="60"/>
        <source>keberatan ditolak</source>
        <translation>objection rejected</translation>
    </message>
    <message>
        <location filename="../../ui/views/my_assessments.py" line="61"/>
        <source>keberatan dikabulkan</source>
        <translation>objection granted</translation>
    </message>
    <message>
        <location filename="../../ui/views/my_assessments.py" line="66"/>
        <source>dapat diajukan s.d. {date}</source>
        <translation>may be filed until {date}</translation>
    </message>
    <message>
        <location filename="../../ui/views/my_assessments.py" line="73"/>
        <source>Keputusan terakhir: {d}</source>
        <translation>Latest decision: {d}</translation>
    </message>
    <message>
        <location filename="../../ui/views/my_assessments.py" line="89"/>
        <source>Keberatan — {period}</source>
        <translation>Objection — {period}</translation>
    </message>
    <message>
        <location filename="../../ui/views/my_assessments.py" line="91"/>
        <source>Uraikan alasan keberatan dan bukti yang belum dipertimbangkan</source>
        <translation>Explain the objection and the evidence not yet considered</translation>
    </message>
    <message>
        <location filename="../../ui/views/my_assessments.py" line="92"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/views/my_assessments.py" line="99"/>
        <source>Keberatan diajukan kepada atasan pejabat penilai.</source>
        <translation>Objection filed with the appraiser&apos;s superior.</translation>
    </message>
</context>
<context>
    <name>MyPerformancePage</name>
    <message>
        <location filename="../../ui/views/my_performance.py" line="44"/>
        <source>Capaian indikator periode berjalan</source>
        <translation>Indicator achievement in the current period</translation>
    </message>
    <message>
        <location filename="../../ui/views/my_performance.py" line="53"/>
        <source>Tindak lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/views/my_performance.py" line="54"/>
        <source>Umpan balik</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../ui/views/my_performance.py" line="55"/>
        <source>Keberatan</source>
        <translation>Objections</translation>
    </message>
    <message>
        <location filename="../../ui/views/my_performance.py" line="57"/>
        <source>Angka kredit</source>
        <translation>Credit points</translation>
    </message>
    <message>
        <location filename="../../ui/views/my_performance.py" line="62"/>
        <source>Riwayat predikat kinerja</source>
        <translation>Performance rating history</translation>
    </message>
    <message>
        <location filename="../../ui/views/my_performance.py" line="98"/>
        <source>Anda belum memiliki SKP tahun {year}. Buka &lt;b&gt;SKP Saya&lt;/b&gt; untuk menyusunnya.</source>
        <translation>You do not have an SKP for {year} yet. Open &lt;b&gt;My SKP&lt;/b&gt; to draw one up.</translation>
    </message>
    <message>
        <location filename="../../ui/views/my_performance.py" line="107"/>
        <source>SKP {year} versi {version}: &lt;b&gt;{status}&lt;/b&gt; · periode {period} · {count} indikator</source>
        <translation>SKP {year} version {version}: &lt;b&gt;{status}&lt;/b&gt; · period {period} · {count} indicators</translation>
    </message>
    <message>
        <location filename="../../ui/views/my_performance.py" line="125"/>
        <source>Belum ada predikat yang ditetapkan.</source>
        <translation>No rating has been decided yet.</translation>
    </message>
    <message>
        <location filename="../../ui/views/my_performance.py" line="132"/>
        <source>hasil kerja</source>
        <translation>work results</translation>
    </message>
    <message>
        <location filename="../../ui/views/my_performance.py" line="148"/>
        <source>tenggat {date}</source>
        <translation>due {date}</translation>
    </message>
    <message>
        <location filename="../../ui/views/my_performance.py" line="151"/>
        <source>sesi berikutnya {date}</source>
        <translation>next session {date}</translation>
    </message>
    <message>
        <location filename="../../ui/views/my_performance.py" line="154"/>
        <source>Tidak ada tindak lanjut yang masih berjalan.</source>
        <translation>No open follow-ups.</translation>
    </message>
</context>
<context>
    <name>NipField</name>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="130"/>
        <source>18 digit, boleh dengan spasi</source>
        <translation>18 digits, spaces allowed</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="157"/>
        <source>laki-laki</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="157"/>
        <source>perempuan</source>
        <translation>female</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="159"/>
        <source>NIP {kind} sah · lahir {born} · {gender}</source>
        <translation>Valid {kind} NIP · born {born} · {gender}</translation>
    </message>
</context>
<context>
    <name>ObjectionPage</name>
    <message>
        <location filename="../../ui/views/objection_page.py" line="46"/>
        <source>Pegawai</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../ui/views/objection_page.py" line="47"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/views/objection_page.py" line="48"/>
        <source>Diajukan</source>
        <translation>Filed</translation>
    </message>
    <message>
        <location filename="../../ui/views/objection_page.py" line="49"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/views/objection_page.py" line="69"/>
        <source>&lt;b&gt;Keberatan atas penilaian yang dibuat pejabat penilai di bawah Anda&lt;/b&gt;</source>
        <translation>&lt;b&gt;Objections to assessments made by the appraisers reporting to you&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/objection_page.py" line="75"/>
        <source>Tahunan {year}</source>
        <translation>Annual {year}</translation>
    </message>
    <message>
        <location filename="../../ui/views/objection_page.py" line="78"/>
        <source>Belum diputus</source>
        <translation>Not decided yet</translation>
    </message>
    <message>
        <location filename="../../ui/views/objection_page.py" line="81"/>
        <source>Penilaian dan keberatan</source>
        <translation>Assessment and objection</translation>
    </message>
    <message>
        <location filename="../../ui/views/objection_page.py" line="92"/>
        <source>Pertimbangan dan keputusan atasan pejabat penilai</source>
        <translation>The superior&apos;s reasoning and decision</translation>
    </message>
    <message>
        <location filename="../../ui/views/objection_page.py" line="93"/>
        <source>&amp;Putuskan (final)</source>
        <translation>&amp;Decide (final)</translation>
    </message>
    <message>
        <location filename="../../ui/views/objection_page.py" line="98"/>
        <source>Hasil yang diajukan keberatan</source>
        <translation>Result objected to</translation>
    </message>
    <message>
        <location filename="../../ui/views/objection_page.py" line="99"/>
        <source>Alasan pegawai</source>
        <translation>Employee&apos;s reasons</translation>
    </message>
    <message>
        <location filename="../../ui/views/objection_page.py" line="100"/>
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/views/objection_page.py" line="101"/>
        <source>Rating baru</source>
        <translation>New ratings</translation>
    </message>
    <message>
        <location filename="../../ui/views/objection_page.py" line="102"/>
        <source>Pertimbangan</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <location filename="../../ui/views/objection_page.py" line="135"/>
        <source>Tidak ada keberatan.</source>
        <translation>No objections.</translation>
    </message>
    <message>
        <location filename="../../ui/views/objection_page.py" line="146"/>
        <source>Hasil kerja {0} · perilaku {1} · predikat &lt;b&gt;{2}&lt;/b&gt;</source>
        <translation>Results {0} · behaviour {1} · rating &lt;b&gt;{2}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/objection_page.py" line="148"/>
        <source>Diputus {date}: {outcome} — {decision}</source>
        <translation>Decided {date}: {outcome} — {decision}</translation>
    </message>
    <message>
        <location filename="../../ui/views/objection_page.py" line="152"/>
        <source>Berlaku kini: versi {v}, predikat {p}</source>
        <translation>Now in force: version {v}, rating {p}</translation>
    </message>
    <message>
        <location filename="../../ui/views/objection_page.py" line="174"/>
        <source>Putuskan keberatan</source>
        <translation>Decide the objection</translation>
    </message>
    <message>
        <location filename="../../ui/views/objection_page.py" line="175"/>
        <source>Keputusan atas keberatan bersifat final dan tidak dapat diubah. Lanjutkan?</source>
        <translation>A decision on an objection is final and cannot be changed. Continue?</translation>
    </message>
    <message>
        <location filename="../../ui/views/objection_page.py" line="192"/>
        <source>Keberatan {name} diputus.</source>
        <translation>Objection of {name} decided.</translation>
    </message>
</context>
<context>
    <name>PeerPickerDialog</name>
    <message>
        <location filename="../../ui/views/feedback360_team.py" line="64"/>
        <source>Ketik nama atau NIP…</source>
        <translation>Type a name or NIP…</translation>
    </message>
    <message>
        <location filename="../../ui/views/feedback360_team.py" line="72"/>
        <source>&amp;Cari pegawai</source>
        <translation>&amp;Search employees</translation>
    </message>
    <message>
        <location filename="../../ui/views/feedback360_team.py" line="73"/>
        <source>Rekan kerja</source>
        <translation>Peers</translation>
    </message>
    <message>
        <location filename="../../ui/views/feedback360_team.py" line="74"/>
        <source>Dipilih</source>
        <translation>Chosen</translation>
    </message>
    <message>
        <location filename="../../ui/views/feedback360_team.py" line="111"/>
        <source>&lt;i&gt;belum ada&lt;/i&gt;</source>
        <translation>&lt;i&gt;none yet&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../ui/views/evidence_preview.py" line="76"/>
        <source>Pratinjau — {name}</source>
        <translation>Preview — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_preview.py" line="86"/>
        <source>◀ Halaman sebelumnya</source>
        <translation>◀ Previous page</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_preview.py" line="88"/>
        <source>Halaman berikutnya ▶</source>
        <translation>Next page ▶</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_preview.py" line="92"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_preview.py" line="110"/>
        <source>Jenis berkas ini tidak dapat dipratinjau; simpan salinannya.</source>
        <translation>This kind of file has no preview; save a copy to open it.</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_preview.py" line="115"/>
        <source>Halaman {n} dari {total}</source>
        <translation>Page {n} of {total}</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <location filename="../../ui/views/worklog_proposal.py" line="68"/>
        <source>Usulkan realisasi dari catatan harian</source>
        <translation>Propose realisations from the daily log</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_proposal.py" line="89"/>
        <source>&amp;Konfirmasi realisasi</source>
        <translation>&amp;Confirm realisation</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_proposal.py" line="92"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_proposal.py" line="100"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_proposal.py" line="104"/>
        <source>Realisasi</source>
        <translation>Realisation</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_proposal.py" line="105"/>
        <source>Catatan realisasi</source>
        <translation>Realisation note</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_proposal.py" line="106"/>
        <source>Bukti dukung</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_proposal.py" line="136"/>
        <source>Tidak ada catatan harian baru pada periode ini.</source>
        <translation>No new daily-log entries in this period.</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_proposal.py" line="158"/>
        <source>(tidak ada)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_proposal.py" line="160"/>
        <source>{names} · catatan {start} s.d. {end}</source>
        <translation>{names} · entries {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_proposal.py" line="183"/>
        <source>Ganti realisasi tercatat?</source>
        <translation>Replace the recorded realisation?</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_proposal.py" line="185"/>
        <source>Realisasi “{indicator}” periode {period} sudah tercatat: &lt;b&gt;{old}&lt;/b&gt;.&lt;br&gt;Konfirmasi menggantinya dengan &lt;b&gt;{new}&lt;/b&gt;.</source>
        <translation>The realisation of “{indicator}” for {period} is already recorded: &lt;b&gt;{old}&lt;/b&gt;.&lt;br&gt;Confirming replaces it with &lt;b&gt;{new}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_proposal.py" line="188"/>
        <source>&amp;Ganti realisasi</source>
        <translation>&amp;Replace realisation</translation>
    </message>
</context>
<context>
    <name>ProposalModel</name>
    <message>
        <location filename="../../ui/models/worklog_tables.py" line="73"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklog_tables.py" line="75"/>
        <source>Catatan baru</source>
        <translation>New entries</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklog_tables.py" line="80"/>
        <source>Hari</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklog_tables.py" line="81"/>
        <source>Usulan realisasi</source>
        <translation>Proposed realisation</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklog_tables.py" line="82"/>
        <source>Realisasi tercatat</source>
        <translation>Recorded realisation</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklog_tables.py" line="83"/>
        <source>Bukti</source>
        <translation>Evidence</translation>
    </message>
</context>
<context>
    <name>PublicFeedbackChart</name>
    <message>
        <location filename="../../ui/views/public_feedback_chart.py" line="57"/>
        <source>Pilih unit untuk melihat ringkasan.</source>
        <translation>Choose a unit to see its summary.</translation>
    </message>
    <message>
        <location filename="../../ui/views/public_feedback_chart.py" line="60"/>
        <source>{unit}, {year}: {n} tanggapan</source>
        <translation>{unit}, {year}: {n} responses</translation>
    </message>
    <message>
        <location filename="../../ui/views/public_feedback_chart.py" line="64"/>
        <source>Jumlah tanggapan</source>
        <translation>Responses</translation>
    </message>
    <message>
        <location filename="../../ui/views/public_feedback_chart.py" line="68"/>
        <source>Rata-rata skor</source>
        <translation>Mean score</translation>
    </message>
    <message>
        <location filename="../../ui/views/public_feedback_chart.py" line="81"/>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/views/public_feedback_chart.py" line="81"/>
        <source>Triwulan</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../ui/views/public_feedback_chart.py" line="86"/>
        <source>Skor</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/views/public_feedback_chart.py" line="91"/>
        <source>Tanggapan</source>
        <translation>Responses</translation>
    </message>
</context>
<context>
    <name>PublicFeedbackLine</name>
    <message>
        <location filename="../../ui/widgets/public_feedback_line.py" line="34"/>
        <source>&lt;b&gt;Umpan balik masyarakat:&lt;/b&gt; belum ada tanggapan pada periode ini.</source>
        <translation>&lt;b&gt;Public feedback:&lt;/b&gt; no responses in this period yet.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/public_feedback_line.py" line="37"/>
        <source>&lt;b&gt;Umpan balik masyarakat:&lt;/b&gt; {mean} dari 5 ({n} tanggapan)</source>
        <translation>&lt;b&gt;Public feedback:&lt;/b&gt; {mean} out of 5 ({n} responses)</translation>
    </message>
</context>
<context>
    <name>PublicFeedbackPage</name>
    <message>
        <location filename="../../ui/views/public_feedback_page.py" line="168"/>
        <source>&amp;Unit</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <location filename="../../ui/views/public_feedback_page.py" line="169"/>
        <source>Pe&amp;gawai</source>
        <translation>&amp;Employee</translation>
    </message>
    <message>
        <location filename="../../ui/views/public_feedback_page.py" line="170"/>
        <source>&amp;Dari</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../ui/views/public_feedback_page.py" line="171"/>
        <source>&amp;Sampai</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <location filename="../../ui/views/public_feedback_page.py" line="191"/>
        <source>&amp;Tambah…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../ui/views/public_feedback_page.py" line="193"/>
        <source>&amp;Impor CSV…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/views/public_feedback_page.py" line="195"/>
        <source>Berkas CSV dari kios survei: kolom tanggal, unit, nip, kanal, skor, komentar.</source>
        <translation>CSV file from a survey kiosk: columns tanggal, unit, nip, kanal, skor, komentar.</translation>
    </message>
    <message>
        <location filename="../../ui/views/public_feedback_page.py" line="215"/>
        <source>Per bulan</source>
        <translation>By month</translation>
    </message>
    <message>
        <location filename="../../ui/views/public_feedback_page.py" line="216"/>
        <source>Per triwulan</source>
        <translation>By quarter</translation>
    </message>
    <message>
        <location filename="../../ui/views/public_feedback_page.py" line="221"/>
        <source>&lt;b&gt;Ringkasan unit&lt;/b&gt;</source>
        <translation>&lt;b&gt;Unit summary&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/public_feedback_page.py" line="245"/>
        <source>Semua unit</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../ui/views/public_feedback_page.py" line="255"/>
        <source>Semua pegawai</source>
        <translation>All employees</translation>
    </message>
    <message>
        <location filename="../../ui/views/public_feedback_page.py" line="271"/>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/views/public_feedback_page.py" line="283"/>
        <source>{n} tanggapan</source>
        <translation>{n} responses</translation>
    </message>
    <message>
        <location filename="../../ui/views/public_feedback_page.py" line="310"/>
        <source>Umpan balik tersimpan.</source>
        <translation>Feedback saved.</translation>
    </message>
    <message>
        <location filename="../../ui/views/public_feedback_page.py" line="316"/>
        <source>Impor umpan balik dari kios survei</source>
        <translation>Import feedback from a survey kiosk</translation>
    </message>
    <message>
        <location filename="../../ui/views/public_feedback_page.py" line="316"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/views/public_feedback_page.py" line="324"/>
        <source>Mengimpor {name}…</source>
        <translation>Importing {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/views/public_feedback_page.py" line="325"/>
        <source>Memeriksa dan menyimpan {name}…</source>
        <translation>Checking and saving {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/views/public_feedback_page.py" line="334"/>
        <location filename="../../ui/views/public_feedback_page.py" line="363"/>
        <source>Impor umpan balik masyarakat</source>
        <translation>Import public feedback</translation>
    </message>
    <message>
        <location filename="../../ui/views/public_feedback_page.py" line="343"/>
        <source>Impor dibatalkan; tidak ada data yang disimpan.</source>
        <translation>Import cancelled; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../ui/views/public_feedback_page.py" line="348"/>
        <source>Impor selesai: {added} tanggapan baru, {existing} sudah ada.</source>
        <translation>Import finished: {added} new responses, {existing} already present.</translation>
    </message>
    <message>
        <location filename="../../ui/views/public_feedback_page.py" line="362"/>
        <source>Impor gagal; tidak ada data yang disimpan.</source>
        <translation>Import failed; nothing was saved.</translation>
    </message>
</context>
<context>
    <name>QuickEntryBar</name>
    <message>
        <location filename="../../ui/views/worklog_entry_bar.py" line="73"/>
        <source>Ketik untuk mencari indikator…</source>
        <translation>Type to search indicators…</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_entry_bar.py" line="78"/>
        <source>Apa yang dikerjakan hari ini?</source>
        <translation>What did you do today?</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_entry_bar.py" line="81"/>
        <source>Jumlah</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_entry_bar.py" line="86"/>
        <source>&amp;Lampirkan…</source>
        <translation>&amp;Attach…</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_entry_bar.py" line="91"/>
        <source>Lepaskan berkas</source>
        <translation>Remove file</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_entry_bar.py" line="93"/>
        <source>Simpan (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_entry_bar.py" line="103"/>
        <source>&amp;Indikator</source>
        <translation>&amp;Indicator</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_entry_bar.py" line="105"/>
        <source>&amp;Tanggal</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_entry_bar.py" line="107"/>
        <source>&amp;Kegiatan</source>
        <translation>&amp;Activity</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_entry_bar.py" line="125"/>
        <source>Ctrl+Enter menyimpan · Alt+←/→ mengganti hari · PageUp/PageDown mengganti minggu · seret berkas ke bilah ini untuk melampirkan bukti</source>
        <translation>Ctrl+Enter saves · Alt+←/→ changes the day · PageUp/PageDown changes the week · drop a file on this bar to attach evidence</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_entry_bar.py" line="176"/>
        <source>Catatan harian dapat diisi setelah SKP tahun ini disetujui.</source>
        <translation>The daily log can be filled in once this year&apos;s SKP is approved.</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_entry_bar.py" line="193"/>
        <source>(tanpa berkas)</source>
        <translation>(no file)</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_entry_bar.py" line="220"/>
        <source>Pilih bukti dukung</source>
        <translation>Choose evidence</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_entry_bar.py" line="240"/>
        <source>Pilih indikator dari daftar.</source>
        <translation>Choose an indicator from the list.</translation>
    </message>
</context>
<context>
    <name>RatingSelector</name>
    <message>
        <location filename="../../ui/widgets/rating_selector.py" line="39"/>
        <source>Rating &amp;hasil kerja</source>
        <translation>&amp;Work results rating</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rating_selector.py" line="41"/>
        <source>Rating &amp;perilaku kerja</source>
        <translation>Work &amp;behaviour rating</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rating_selector.py" line="42"/>
        <source>Predikat kinerja</source>
        <translation>Performance rating category</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rating_selector.py" line="47"/>
        <source>— pilih —</source>
        <translation>— select —</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rating_selector.py" line="99"/>
        <source>— (pilih kedua rating)</source>
        <translation>— (select both ratings)</translation>
    </message>
</context>
<context>
    <name>RealisationDialog</name>
    <message>
        <location filename="../../ui/views/realisation_dialog.py" line="31"/>
        <source>mis. 4 atau 4,5</source>
        <translation>e.g. 4 or 4,5</translation>
    </message>
    <message>
        <location filename="../../ui/views/realisation_dialog.py" line="41"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../ui/views/realisation_dialog.py" line="42"/>
        <source>Realisasi</source>
        <translation>Realisation</translation>
    </message>
    <message>
        <location filename="../../ui/views/realisation_dialog.py" line="44"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/views/realisation_dialog.py" line="49"/>
        <source>Tulis realisasi dengan kata-kata (target: {target}).</source>
        <translation>Describe the realisation in words (target: {target}).</translation>
    </message>
    <message>
        <location filename="../../ui/views/realisation_dialog.py" line="54"/>
        <source>Angka saja, desimal memakai koma (mis. 4,5); satuannya {unit}. Target tahunan {target}.</source>
        <translation>A number only, with a decimal comma (e.g. 4,5); the unit is {unit}. Annual target {target}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/realisation_dialog.py" line="55"/>
        <source>(tanpa satuan)</source>
        <translation>(no unit)</translation>
    </message>
</context>
<context>
    <name>RealisationPage</name>
    <message>
        <location filename="../../ui/views/realisation_page.py" line="49"/>
        <source>Isi realisasi…</source>
        <translation>Enter realisation…</translation>
    </message>
    <message>
        <location filename="../../ui/views/realisation_page.py" line="54"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/views/realisation_page.py" line="64"/>
        <source>Bukti dukung realisasi terpilih</source>
        <translation>Evidence for the selected realisation</translation>
    </message>
    <message>
        <location filename="../../ui/views/realisation_page.py" line="75"/>
        <source>Penilaian diri (masukan bagi pejabat penilai, bukan nilai akhir)</source>
        <translation>Self-assessment (input for the appraising official, not the final rating)</translation>
    </message>
    <message>
        <location filename="../../ui/views/realisation_page.py" line="77"/>
        <source>— belum diisi —</source>
        <translation>— not filled in —</translation>
    </message>
    <message>
        <location filename="../../ui/views/realisation_page.py" line="85"/>
        <source>Simpan penilaian diri</source>
        <translation>Save self-assessment</translation>
    </message>
    <message>
        <location filename="../../ui/views/realisation_page.py" line="88"/>
        <source>Rating hasil kerja menurut saya</source>
        <translation>My own work results rating</translation>
    </message>
    <message>
        <location filename="../../ui/views/realisation_page.py" line="114"/>
        <source>Belum ada SKP tahun ini.</source>
        <translation>No SKP for this year yet.</translation>
    </message>
    <message>
        <location filename="../../ui/views/realisation_page.py" line="121"/>
        <source>Realisasi dapat diisi setelah SKP disetujui.</source>
        <translation>Realisation can be entered once the SKP is approved.</translation>
    </message>
    <message>
        <location filename="../../ui/views/realisation_page.py" line="160"/>
        <source>Realisasi — {period}</source>
        <translation>Realisation — {period}</translation>
    </message>
    <message>
        <location filename="../../ui/views/realisation_page.py" line="176"/>
        <source>penilaian diri</source>
        <translation>self-assessment</translation>
    </message>
</context>
<context>
    <name>ResultModel</name>
    <message>
        <location filename="../../ui/models/feedback360.py" line="224"/>
        <source>Butir penilaian</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback360.py" line="225"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../ui/views/feedback360_page.py" line="198"/>
        <source>&amp;Putaran</source>
        <translation>&amp;Round</translation>
    </message>
    <message>
        <location filename="../../ui/views/feedback360_page.py" line="219"/>
        <source>{period} (ditutup {date})</source>
        <translation>{period} (closed {date})</translation>
    </message>
    <message>
        <location filename="../../ui/views/feedback360_page.py" line="235"/>
        <source>Belum ada hasil umpan balik 360° yang ditutup tentang Anda.</source>
        <translation>There are no closed 360° feedback results about you yet.</translation>
    </message>
    <message>
        <location filename="../../ui/views/feedback360_page.py" line="239"/>
        <source>Belum cukup tanggapan rekan ({n} menjawab, minimal 3): jawaban rekan tidak ditampilkan.</source>
        <translation>Not enough peer responses ({n} answered, at least 3 needed): peer answers are not shown.</translation>
    </message>
    <message>
        <location filename="../../ui/views/feedback360_page.py" line="245"/>
        <source>{n} rekan menjawab; ditampilkan sebagai rentang terendah–rata-rata–tertinggi tanpa nama.</source>
        <translation>{n} peers answered; shown as lowest–mean–highest, without names.</translation>
    </message>
    <message>
        <location filename="../../ui/views/feedback360_page.py" line="266"/>
        <source>&lt;i&gt;Tidak ada komentar.&lt;/i&gt;</source>
        <translation>&lt;i&gt;No comments.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>SecurityTab</name>
    <message>
        <location filename="../../ui/views/admin/security.py" line="72"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/security.py" line="73"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/security.py" line="74"/>
        <source>Data atau perangkat</source>
        <translation>Data or laptop</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/security.py" line="75"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/security.py" line="76"/>
        <source>Kali</source>
        <translation>Times</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/security.py" line="80"/>
        <source> (laptop ini)</source>
        <translation> (this laptop)</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/security.py" line="82"/>
        <location filename="../../ui/views/admin/security.py" line="104"/>
        <source>Perangkat</source>
        <translation>Laptops</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/security.py" line="83"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/security.py" line="84"/>
        <source>Didaftarkan</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/security.py" line="85"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/security.py" line="90"/>
        <source>dicabut (setelah bundel #{n})</source>
        <translation>revoked (after bundle #{n})</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/security.py" line="91"/>
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/security.py" line="94"/>
        <source>Peristiwa keamanan</source>
        <translation>Security events</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/security.py" line="106"/>
        <source>&amp;Cabut perangkat…</source>
        <translation>&amp;Revoke laptop…</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/security.py" line="108"/>
        <source>Sahkan &amp;kunci pengguna</source>
        <translation>Bind user &amp;keys</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/security.py" line="110"/>
        <source>Sahkan &amp;riwayat lama…</source>
        <translation>Attest the &amp;old history…</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/security.py" line="131"/>
        <source>Tidak ada perubahan atau berkas yang ditolak.</source>
        <translation>No change or file was refused.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/security.py" line="134"/>
        <source>{n} peristiwa. Yang ditolak tidak diterapkan di laptop ini; periksa penulis dan perangkatnya, dan cabut perangkat yang tidak dikenal.</source>
        <translation>{n} events. What was refused was not applied on this laptop; check its author and laptop, and revoke a laptop you do not know.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/security.py" line="144"/>
        <location filename="../../ui/views/admin/security.py" line="148"/>
        <location filename="../../ui/views/admin/security.py" line="157"/>
        <source>Cabut perangkat</source>
        <translation>Revoke laptop</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/security.py" line="144"/>
        <source>Pilih perangkat di daftar.</source>
        <translation>Choose a laptop in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/security.py" line="149"/>
        <source>Alasan mencabut {name} (mis. laptop hilang):</source>
        <translation>Why revoke {name} (e.g. laptop lost):</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/security.py" line="154"/>
        <source>Semua yang ditulis {name} setelah bundel terakhir yang sudah diterima laptop ini akan ditolak di semua laptop. Kunci sinkronisasi diganti pada sinkronisasi admin berikutnya.</source>
        <translation>Everything {name} writes after the last bundle this laptop has received will be refused on every laptop. The sync key is replaced at the admin&apos;s next sync.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/security.py" line="157"/>
        <source>&amp;Cabut</source>
        <translation>&amp;Revoke</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/security.py" line="175"/>
        <source>Kunci pengguna</source>
        <translation>User keys</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/security.py" line="176"/>
        <source>{n} kunci pengguna disahkan.</source>
        <translation>{n} user keys bound.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/security.py" line="178"/>
        <source>Tidak ada kunci pengguna yang menunggu pengesahan.</source>
        <translation>No user key is waiting to be bound.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/security.py" line="183"/>
        <source>Folder bersama sinkronisasi</source>
        <translation>Sync share folder</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/security.py" line="189"/>
        <source>Memeriksa riwayat lama di folder bersama…</source>
        <translation>Checking the old history on the share…</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/security.py" line="197"/>
        <source>{n} kelompok perubahan lama disahkan.</source>
        <translation>{n} groups of old changes attested.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/security.py" line="198"/>
        <source>Riwayat lama</source>
        <translation>Old history</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/security.py" line="200"/>
        <source>Mengesahkan riwayat lama</source>
        <translation>Attesting the old history</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <location filename="../../ui/views/admin/settings.py" line="62"/>
        <source>Evaluasi kinerja periodik</source>
        <translation>Periodic performance evaluation</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/settings.py" line="66"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/settings.py" line="70"/>
        <source>&amp;Periode</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/settings.py" line="75"/>
        <source>Predikat kinerja organisasi</source>
        <translation>Organisational performance rating category</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/settings.py" line="80"/>
        <source>— belum ditetapkan —</source>
        <translation>— not yet set —</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/settings.py" line="86"/>
        <source>Tetapkan</source>
        <translation>Set</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/settings.py" line="91"/>
        <source>&amp;Unit kerja</source>
        <translation>&amp;Work unit</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/settings.py" line="92"/>
        <source>&amp;Tahun</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/settings.py" line="93"/>
        <source>P&amp;eriode</source>
        <translation>P&amp;eriod</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/settings.py" line="94"/>
        <source>Pre&amp;dikat</source>
        <translation>Rating &amp;category</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/settings.py" line="99"/>
        <source>Periode penilaian</source>
        <translation>Appraisal periods</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/settings.py" line="103"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/settings.py" line="103"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/settings.py" line="112"/>
        <source>T&amp;utup periode</source>
        <translation>C&amp;lose period</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/settings.py" line="114"/>
        <source>&amp;Buka kembali</source>
        <translation>&amp;Reopen</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/settings.py" line="117"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/settings.py" line="125"/>
        <source>Periode yang ditutup tidak dapat diisi realisasi lagi sampai dibuka kembali.</source>
        <translation>No further realisation can be entered for a closed period until it is reopened.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/settings.py" line="154"/>
        <source>Tahunan</source>
        <translation>Annual</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/settings.py" line="185"/>
        <source>Evaluasi periodik: {kind}.</source>
        <translation>Periodic evaluation: {kind}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/settings.py" line="193"/>
        <source>Pilih unit kerja dan predikatnya.</source>
        <translation>Select a work unit and its rating category.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/settings.py" line="204"/>
        <source>Predikat kinerja organisasi {unit} {period}: {predikat}.</source>
        <translation>Organisation rating of {unit}, {period}: {predikat}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/settings.py" line="217"/>
        <source>Pilih periode terlebih dahulu.</source>
        <translation>Select a period first.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/settings.py" line="219"/>
        <source>Periode {label} ditutup.</source>
        <translation>Period {label} closed.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/settings.py" line="219"/>
        <source>Periode {label} dibuka kembali.</source>
        <translation>Period {label} reopened.</translation>
    </message>
</context>
<context>
    <name>SiasnPage</name>
    <message>
        <location filename="../../ui/views/siasn_page.py" line="55"/>
        <source>Tahunan (skp22)</source>
        <translation>Annual (skp22)</translation>
    </message>
    <message>
        <location filename="../../ui/views/siasn_page.py" line="57"/>
        <source>Triwulan {n} (kinerjaperiodik)</source>
        <translation>Quarter {n} (kinerjaperiodik)</translation>
    </message>
    <message>
        <location filename="../../ui/views/siasn_page.py" line="59"/>
        <source>Bulan {n} (kinerjaperiodik)</source>
        <translation>Month {n} (kinerjaperiodik)</translation>
    </message>
    <message>
        <location filename="../../ui/views/siasn_page.py" line="73"/>
        <source>&amp;Tulis ke folder…</source>
        <translation>&amp;Write to folder…</translation>
    </message>
    <message>
        <location filename="../../ui/views/siasn_page.py" line="75"/>
        <source>Impor riwayat &amp;e-Kinerja…</source>
        <translation>Import &amp;e-Kinerja history…</translation>
    </message>
    <message>
        <location filename="../../ui/views/siasn_page.py" line="81"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../ui/views/siasn_page.py" line="82"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/views/siasn_page.py" line="83"/>
        <source>Predikat</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../ui/views/siasn_page.py" line="84"/>
        <source>Hasil</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/views/siasn_page.py" line="85"/>
        <source>Perilaku</source>
        <translation>Behaviour</translation>
    </message>
    <message>
        <location filename="../../ui/views/siasn_page.py" line="86"/>
        <source>Kuadran</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <location filename="../../ui/views/siasn_page.py" line="87"/>
        <source>Pejabat penilai</source>
        <translation>Assessing official</translation>
    </message>
    <message>
        <location filename="../../ui/views/siasn_page.py" line="88"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/views/siasn_page.py" line="93"/>
        <source>&amp;Tahun</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <location filename="../../ui/views/siasn_page.py" line="93"/>
        <source>&amp;Periode</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <location filename="../../ui/views/siasn_page.py" line="106"/>
        <source>&lt;b&gt;Kirim ke SIASN&lt;/b&gt; — hasil evaluasi yang final atau sudah ditandatangani, dalam bentuk layanan SIASN &lt;i&gt;skp22/save&lt;/i&gt; (tahunan) atau &lt;i&gt;kinerjaperiodik/save&lt;/i&gt; (periodik), satu berkas JSON per pegawai, ditambah lembar XLSX untuk ditinjau. Tanpa jaringan: berkas ini diunggah operator atau dikirim integrasi instansi.</source>
        <translation>&lt;b&gt;Send to SIASN&lt;/b&gt; — final or signed evaluations in the shape of SIASN&apos;s &lt;i&gt;skp22/save&lt;/i&gt; (annual) or &lt;i&gt;kinerjaperiodik/save&lt;/i&gt; (periodic) service, one JSON file per employee, plus an XLSX sheet to review. No network: an operator uploads these files or the agency&apos;s integration posts them.</translation>
    </message>
    <message>
        <location filename="../../ui/views/siasn_page.py" line="134"/>
        <source>{n} evaluasi final, {sent} siap dikirim</source>
        <translation>{n} final evaluations, {sent} ready to send</translation>
    </message>
    <message>
        <location filename="../../ui/views/siasn_page.py" line="141"/>
        <source>Folder tujuan berkas SIASN</source>
        <translation>Folder for the SIASN files</translation>
    </message>
    <message>
        <location filename="../../ui/views/siasn_page.py" line="157"/>
        <location filename="../../ui/views/siasn_page.py" line="188"/>
        <source>Kirim ke SIASN</source>
        <translation>Send to SIASN</translation>
    </message>
    <message>
        <location filename="../../ui/views/siasn_page.py" line="168"/>
        <source>{n} berkas SIASN dan lembar tinjauan ditulis ke {folder}.</source>
        <translation>{n} SIASN files and the review sheet written to {folder}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/siasn_page.py" line="180"/>
        <source>Dibatalkan.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/views/siasn_page.py" line="187"/>
        <source>Gagal.</source>
        <translation>Failed.</translation>
    </message>
    <message>
        <location filename="../../ui/views/siasn_page.py" line="193"/>
        <source>Laporan Penilaian SKP dari e-Kinerja</source>
        <translation>Laporan Penilaian SKP from e-Kinerja</translation>
    </message>
    <message>
        <location filename="../../ui/views/siasn_page.py" line="195"/>
        <source>Excel atau CSV (*.xlsx *.csv)</source>
        <translation>Excel or CSV (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/views/siasn_page.py" line="212"/>
        <source>Impor riwayat e-Kinerja</source>
        <translation>Import e-Kinerja history</translation>
    </message>
    <message>
        <location filename="../../ui/views/siasn_page.py" line="223"/>
        <source>Riwayat e-Kinerja: {added} predikat baru, {updated} diperbarui, {skipped} dilewati.</source>
        <translation>e-Kinerja history: {added} new ratings, {updated} updated, {skipped} skipped.</translation>
    </message>
</context>
<context>
    <name>SigningKeyDialog</name>
    <message>
        <location filename="../../ui/views/signing_key_dialog.py" line="59"/>
        <source>Kunci tanda tangan saya</source>
        <translation>My signing key</translation>
    </message>
    <message>
        <location filename="../../ui/views/signing_key_dialog.py" line="70"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/views/signing_key_dialog.py" line="82"/>
        <source>Ganti frasa sandi kunci</source>
        <translation>Change the key&apos;s passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/views/signing_key_dialog.py" line="85"/>
        <source>minimal 8 karakter</source>
        <translation>at least 8 characters</translation>
    </message>
    <message>
        <location filename="../../ui/views/signing_key_dialog.py" line="87"/>
        <source>&amp;Ganti frasa sandi</source>
        <translation>&amp;Change passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/views/signing_key_dialog.py" line="90"/>
        <source>Frasa sandi &amp;saat ini</source>
        <translation>&amp;Current passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/views/signing_key_dialog.py" line="91"/>
        <source>Frasa sandi &amp;baru</source>
        <translation>&amp;New passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/views/signing_key_dialog.py" line="92"/>
        <source>&amp;Ulangi frasa sandi baru</source>
        <translation>&amp;Repeat the new passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/views/signing_key_dialog.py" line="98"/>
        <source>Impor sertifikat dari penyelenggara sertifikasi (PKCS#12)</source>
        <translation>Import a certificate from a certification authority (PKCS#12)</translation>
    </message>
    <message>
        <location filename="../../ui/views/signing_key_dialog.py" line="101"/>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/views/signing_key_dialog.py" line="108"/>
        <source>frasa sandi Anda untuk kunci ini</source>
        <translation>your passphrase for this key</translation>
    </message>
    <message>
        <location filename="../../ui/views/signing_key_dialog.py" line="109"/>
        <source>&amp;Impor</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../ui/views/signing_key_dialog.py" line="112"/>
        <source>&amp;Berkas .p12/.pfx</source>
        <translation>&amp;File .p12/.pfx</translation>
    </message>
    <message>
        <location filename="../../ui/views/signing_key_dialog.py" line="115"/>
        <source>Kata sandi &amp;berkas</source>
        <translation>File pass&amp;word</translation>
    </message>
    <message>
        <location filename="../../ui/views/signing_key_dialog.py" line="116"/>
        <source>Frasa sandi &amp;kunci</source>
        <translation>&amp;Key passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/views/signing_key_dialog.py" line="122"/>
        <source>Berkas sertifikat</source>
        <translation>Certificate file</translation>
    </message>
    <message>
        <location filename="../../ui/views/signing_key_dialog.py" line="122"/>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../ui/views/signing_key_dialog.py" line="138"/>
        <source>Sertifikat: {holder}, diterbitkan oleh {issuer}, berlaku sampai {until}.</source>
        <translation>Certificate: {holder}, issued by {issuer}, valid until {until}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/signing_key_dialog.py" line="143"/>
        <source>Frasa sandi kunci sudah Anda tetapkan sendiri.</source>
        <translation>You have set the key&apos;s passphrase yourself.</translation>
    </message>
    <message>
        <location filename="../../ui/views/signing_key_dialog.py" line="145"/>
        <source>Kunci ini masih memakai frasa sandi awal dari admin: gantilah sekarang.</source>
        <translation>This key still has the admin&apos;s initial passphrase: change it now.</translation>
    </message>
    <message>
        <location filename="../../ui/views/signing_key_dialog.py" line="148"/>
        <source>Anda belum memiliki sertifikat tanda tangan; minta admin menerbitkannya.</source>
        <translation>You have no signing certificate yet; ask the admin to issue one.</translation>
    </message>
    <message>
        <location filename="../../ui/views/signing_key_dialog.py" line="150"/>
        <source>Sertifikat yang Anda impor menunggu persetujuan admin.</source>
        <translation>The certificate you imported awaits an admin&apos;s approval.</translation>
    </message>
    <message>
        <location filename="../../ui/views/signing_key_dialog.py" line="185"/>
        <source>Kedua frasa sandi baru tidak sama.</source>
        <translation>The two new passphrases differ.</translation>
    </message>
    <message>
        <location filename="../../ui/views/signing_key_dialog.py" line="191"/>
        <source>Frasa sandi kunci tanda tangan sudah diganti.</source>
        <translation>The signing key&apos;s passphrase has been changed.</translation>
    </message>
    <message>
        <location filename="../../ui/views/signing_key_dialog.py" line="203"/>
        <source>Berkas {path} tidak dapat dibaca.</source>
        <translation>File {path} cannot be read.</translation>
    </message>
    <message>
        <location filename="../../ui/views/signing_key_dialog.py" line="221"/>
        <source>Sertifikat diimpor dan menunggu persetujuan admin.</source>
        <translation>Certificate imported; it awaits an admin&apos;s approval.</translation>
    </message>
</context>
<context>
    <name>SigningTab</name>
    <message>
        <location filename="../../ui/views/admin/signing.py" line="87"/>
        <source>CA tanda tangan instansi</source>
        <translation>Agency signing CA</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/signing.py" line="92"/>
        <source>&amp;Buat CA instansi…</source>
        <translation>&amp;Create the agency CA…</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/signing.py" line="108"/>
        <source>Instansi belum memiliki CA tanda tangan. Buat CA untuk menerbitkan sertifikat.</source>
        <translation>The agency has no signing CA yet. Create one to issue certificates.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/signing.py" line="112"/>
        <source>Kunci CA tersimpan di laptop ini.</source>
        <translation>The CA key is on this laptop.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/signing.py" line="114"/>
        <source>Kunci CA tidak ada di laptop ini: terbitkan dari laptop tempat CA dibuat.</source>
        <translation>The CA key is not on this laptop: issue from the laptop where the CA was created.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/signing.py" line="117"/>
        <source>{name}
berlaku sampai {until}
SHA-256:
{fp}
{where}</source>
        <translation>{name}
valid until {until}
SHA-256:
{fp}
{where}</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/signing.py" line="125"/>
        <source>Buat CA instansi</source>
        <translation>Create the agency CA</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/signing.py" line="125"/>
        <source>Buat CA</source>
        <translation>Create CA</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/signing.py" line="128"/>
        <source>Frasa sandi ruang kerja</source>
        <translation>Workspace passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/signing.py" line="143"/>
        <source>Terbitkan sertifikat</source>
        <translation>Issue certificates</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/signing.py" line="145"/>
        <source>Satu pegawai</source>
        <translation>One employee</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/signing.py" line="146"/>
        <source>Satu unit kerja (beserta sub-unitnya)</source>
        <translation>One work unit (with its sub-units)</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/signing.py" line="147"/>
        <source>Seluruh pegawai instansi</source>
        <translation>Every employee of the agency</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/signing.py" line="149"/>
        <source>— pilih pegawai —</source>
        <translation>— choose an employee —</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/signing.py" line="155"/>
        <source>Semua pegawai aktif.</source>
        <translation>Every active employee.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/signing.py" line="159"/>
        <source>minimal 8 karakter; pemilik menggantinya sendiri</source>
        <translation>at least 8 characters; the owner changes it</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/signing.py" line="163"/>
        <source>Terbitkan ulang bagi yang sudah memiliki sertifikat</source>
        <translation>Reissue to those who already have a certificate</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/signing.py" line="165"/>
        <source>&amp;Terbitkan</source>
        <translation>&amp;Issue</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/signing.py" line="170"/>
        <source>&amp;Untuk</source>
        <translation>&amp;For</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/signing.py" line="172"/>
        <source>Frasa sandi &amp;awal</source>
        <translation>&amp;Initial passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/signing.py" line="173"/>
        <source>&amp;Ulangi frasa sandi</source>
        <translation>&amp;Repeat the passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/signing.py" line="183"/>
        <source>Kedua frasa sandi tidak sama.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/signing.py" line="188"/>
        <source>Pilih pegawai yang akan diberi sertifikat.</source>
        <translation>Choose the employee to issue a certificate to.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/signing.py" line="214"/>
        <source>{n} sertifikat diterbitkan; {kept} pegawai tetap memakai sertifikatnya.</source>
        <translation>{n} certificates issued; {kept} employees keep theirs.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/signing.py" line="228"/>
        <source>Dibatalkan; sertifikat yang sudah terbit tetap berlaku.</source>
        <translation>Cancelled; the certificates already issued stay valid.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/signing.py" line="242"/>
        <source>Menerbitkan sertifikat…</source>
        <translation>Issuing certificates…</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/signing.py" line="247"/>
        <source>menunggu persetujuan</source>
        <translation>awaiting approval</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/signing.py" line="247"/>
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/signing.py" line="252"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/signing.py" line="253"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/signing.py" line="254"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/signing.py" line="256"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/signing.py" line="257"/>
        <source>CA instansi</source>
        <translation>Agency CA</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/signing.py" line="259"/>
        <source>Penerbit</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/signing.py" line="261"/>
        <source>Berlaku sampai</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/signing.py" line="264"/>
        <source>Frasa sandi</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/signing.py" line="265"/>
        <source>ditetapkan pemilik</source>
        <translation>set by the owner</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/signing.py" line="265"/>
        <source>masih awal</source>
        <translation>still the initial one</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/signing.py" line="282"/>
        <source>Hanya yang menunggu persetujuan</source>
        <translation>Only those awaiting approval</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/signing.py" line="285"/>
        <source>Cari nama atau NIP…</source>
        <translation>Search a name or NIP…</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/signing.py" line="292"/>
        <source>&amp;Setujui…</source>
        <translation>&amp;Approve…</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/signing.py" line="294"/>
        <source>T&amp;olak</source>
        <translation>&amp;Reject</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/signing.py" line="326"/>
        <source>Pilih sertifikat untuk melihat rinciannya.</source>
        <translation>Choose a certificate to see its details.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/signing.py" line="329"/>
        <source>{holder} — impor PKCS#12. CA akar: {root} ({state}).</source>
        <translation>{holder} — PKCS#12 import. Root CA: {root} ({state}).</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/signing.py" line="332"/>
        <source>sudah tepercaya</source>
        <translation>already trusted</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/signing.py" line="332"/>
        <source>belum tepercaya</source>
        <translation>not trusted yet</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/signing.py" line="337"/>
        <source>{holder}, diterbitkan oleh {issuer}.</source>
        <translation>{holder}, issued by {issuer}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/signing.py" line="346"/>
        <source>Setujui sertifikat impor</source>
        <translation>Approve the imported certificate</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/signing.py" line="349"/>
        <source>Menyetujui sertifikat {holder} (NIP {nip}) juga membuat CA akarnya tepercaya bagi seluruh instansi:

{root}
SHA-256:
{fp}

Bandingkan sidik jari ini dengan yang diumumkan penerbit CA sebelum menyetujui.</source>
        <translation>Approving the certificate of {holder} (NIP {nip}) also makes its root CA trusted by the whole agency:

{root}
SHA-256:
{fp}

Compare this fingerprint with the one the CA publishes before approving.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/signing.py" line="354"/>
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/signing.py" line="355"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/signing.py" line="407"/>
        <source>{active} dari {employees} pegawai memiliki sertifikat aktif; {pending} menunggu persetujuan.</source>
        <translation>{active} of {employees} employees have an active certificate; {pending} awaiting approval.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/signing.py" line="413"/>
        <source>Ditampilkan {n} pertama: cari nama atau NIP.</source>
        <translation>Showing the first {n}: search a name or NIP.</translation>
    </message>
</context>
<context>
    <name>SkpPage</name>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="192"/>
        <source>Buat SKP {year}</source>
        <translation>Create SKP {year}</translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="193"/>
        <source>Tambah RHK…</source>
        <translation>Add RHK…</translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="194"/>
        <source>Tambah indikator…</source>
        <translation>Add indicator…</translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="195"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="196"/>
        <source>Lampiran…</source>
        <translation>Attachments…</translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="197"/>
        <source>Ajukan ke penilai</source>
        <translation>Submit to appraiser</translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="198"/>
        <source>Buat revisi</source>
        <translation>Create revision</translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="236"/>
        <source>Tambah Rencana Hasil Kerja</source>
        <translation>Add planned result (RHK)</translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="238"/>
        <source>Utama</source>
        <translation>Main</translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="239"/>
        <source>Tambahan</source>
        <translation>Additional</translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="243"/>
        <source>— tidak ada —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="248"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="249"/>
        <source>Uraian RHK</source>
        <translation>RHK description</translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="250"/>
        <source>RHK pimpinan yang diintervensi</source>
        <translation>Supervisor&apos;s RHK supported</translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="264"/>
        <source>Pilih RHK yang akan diberi indikator.</source>
        <translation>Select the RHK to add an indicator to.</translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="266"/>
        <source>Tambah indikator kinerja</source>
        <translation>Add individual performance indicator</translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="271"/>
        <source>mis. 12 dokumen, 100 %</source>
        <translation>e.g. 12 documents, 100 %</translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="272"/>
        <source>RHK</source>
        <translation>RHK</translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="273"/>
        <source>Aspek</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="274"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="275"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="294"/>
        <source>Lampiran SKP</source>
        <translation>SKP attachments</translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="297"/>
        <source>Dukungan sumber daya</source>
        <translation>Resource support</translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="298"/>
        <source>Skema pertanggungjawaban</source>
        <translation>Accountability scheme</translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="299"/>
        <source>Konsekuensi</source>
        <translation>Consequences</translation>
    </message>
</context>
<context>
    <name>SkpPanel</name>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="118"/>
        <source>Hasil kerja</source>
        <translation>Work results</translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="119"/>
        <source>Perilaku kerja (BerAKHLAK)</source>
        <translation>Work behaviour (BerAKHLAK)</translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="120"/>
        <source>Lampiran</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="135"/>
        <source>{name} belum memiliki SKP untuk tahun ini.</source>
        <translation>{name} has no SKP for this year yet.</translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="137"/>
        <source>Belum ada SKP untuk tahun ini.</source>
        <translation>No SKP for this year yet.</translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="152"/>
        <source>&lt;b&gt;Dukungan sumber daya&lt;/b&gt;&lt;br&gt;{a}&lt;br&gt;&lt;br&gt;&lt;b&gt;Skema pertanggungjawaban&lt;/b&gt;&lt;br&gt;{b}&lt;br&gt;&lt;br&gt;&lt;b&gt;Konsekuensi&lt;/b&gt;&lt;br&gt;{c}</source>
        <translation>&lt;b&gt;Resource support&lt;/b&gt;&lt;br&gt;{a}&lt;br&gt;&lt;br&gt;&lt;b&gt;Accountability scheme&lt;/b&gt;&lt;br&gt;{b}&lt;br&gt;&lt;br&gt;&lt;b&gt;Consequences&lt;/b&gt;&lt;br&gt;{c}</translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="163"/>
        <source>&lt;b&gt;SKP {year}&lt;/b&gt; {owner} — versi {version}, status &lt;b&gt;{status}&lt;/b&gt;, pendekatan {approach}</source>
        <translation>&lt;b&gt;SKP {year}&lt;/b&gt; {owner} — version {version}, status &lt;b&gt;{status}&lt;/b&gt;, approach {approach}</translation>
    </message>
</context>
<context>
    <name>SkpReview</name>
    <message>
        <location filename="../../ui/views/team_page.py" line="88"/>
        <source>Se&amp;tujui…</source>
        <translation>&amp;Approve…</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="90"/>
        <source>&amp;Kembalikan…</source>
        <translation>&amp;Return…</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="92"/>
        <source>&amp;Ekspektasi khusus…</source>
        <translation>Specific &amp;expectation…</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="117"/>
        <source>&lt;i&gt;Belum ada ekspektasi khusus pimpinan.&lt;/i&gt;</source>
        <translation>&lt;i&gt;No supervisor&apos;s specific expectation yet.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="120"/>
        <source>Ekspektasi khusus pimpinan:</source>
        <translation>Supervisor&apos;s specific expectation:</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="133"/>
        <source>Setujui SKP</source>
        <translation>Approve SKP</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="134"/>
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="138"/>
        <source>SKP yang disetujui hanya dapat diubah melalui revisi (versi baru).</source>
        <translation>An approved SKP can only be changed through a revision (new version).</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="140"/>
        <source>Catatan (opsional)</source>
        <translation>Notes (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="150"/>
        <source>Kembalikan SKP</source>
        <translation>Return SKP</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="151"/>
        <source>Kembalikan</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="154"/>
        <source>Alasan pengembalian</source>
        <translation>Reason for return</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="176"/>
        <source>Ekspektasi khusus pimpinan</source>
        <translation>Supervisor&apos;s specific expectation</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="177"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="182"/>
        <source>Nilai BerAKHLAK</source>
        <translation>BerAKHLAK value</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="183"/>
        <source>Panduan perilaku</source>
        <translation>Behaviour guidance</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="184"/>
        <source>Ekspektasi</source>
        <translation>Expectation</translation>
    </message>
</context>
<context>
    <name>SpreadModel</name>
    <message>
        <location filename="../../ui/models/feedback360.py" line="189"/>
        <source>Butir penilaian</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback360.py" line="190"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback360.py" line="195"/>
        <source>Kesenjangan</source>
        <translation>Gap</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="108"/>
        <source>Menyiapkan ruang kerja demo…</source>
        <translation>Preparing demo workspace…</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="116"/>
        <source>ASN Kinerja — mulai</source>
        <translation>ASN Kinerja — start</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="120"/>
        <source>&lt;h3&gt;Selamat datang di ASN Kinerja&lt;/h3&gt;Pilih ruang kerja yang akan dibuka.</source>
        <translation>&lt;h3&gt;Welcome to ASN Kinerja&lt;/h3&gt;Choose a workspace to open.</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="124"/>
        <source>Buka ruang kerja demo</source>
        <translation>Open demo workspace</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="125"/>
        <source>Buka ruang kerja yang ada…</source>
        <translation>Open existing workspace…</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="126"/>
        <source>Buat ruang kerja instansi baru…</source>
        <translation>Create new agency workspace…</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="127"/>
        <source>Gabung dengan instansi (berkas pendaftaran)…</source>
        <translation>Join an agency (enrolment file)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="141"/>
        <source>Pilih folder ruang kerja</source>
        <translation>Choose workspace folder</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="147"/>
        <source>Ruang kerja instansi baru</source>
        <translation>New agency workspace</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="147"/>
        <source>Buat</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="152"/>
        <location filename="../../ui/views/start_dialog.py" line="198"/>
        <source>dipakai bila tidak ada keyring sistem</source>
        <translation>used when there is no system keyring</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="153"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="154"/>
        <source>Nama instansi</source>
        <translation>Agency name</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="155"/>
        <source>Kata sandi admin</source>
        <translation>Admin password</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="156"/>
        <location filename="../../ui/views/start_dialog.py" line="203"/>
        <source>Frasa sandi ruang kerja</source>
        <translation>Workspace passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="158"/>
        <source>opsional: folder berbagi atau smb://server/share/folder</source>
        <translation>optional: shared folder or smb://server/share/folder</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="159"/>
        <location filename="../../ui/views/start_dialog.py" line="201"/>
        <source>Lokasi berbagi sinkronisasi</source>
        <translation>Sync share location</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="182"/>
        <source>Gabung dengan instansi</source>
        <translation>Join an agency</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="182"/>
        <source>Gabung</source>
        <translation>Join</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="184"/>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="187"/>
        <location filename="../../ui/views/start_dialog.py" line="199"/>
        <source>Berkas pendaftaran</source>
        <translation>Enrolment file</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="195"/>
        <source>folder berbagi atau smb://server/share/folder</source>
        <translation>shared folder or smb://server/share/folder</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="200"/>
        <source>Frasa sandi berkas</source>
        <translation>File passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="202"/>
        <source>Folder ruang kerja di laptop ini</source>
        <translation>Workspace folder on this laptop</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="221"/>
        <source>Bergabung dan mengambil data instansi…</source>
        <translation>Joining and fetching the agency&apos;s data…</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="223"/>
        <source>Penggabungan dibatalkan; tekan Gabung untuk mencoba lagi.</source>
        <translation>Joining cancelled; press Join to try again.</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="226"/>
        <source>Gagal bergabung; periksa berkas, frasa sandi dan lokasi berbagi.</source>
        <translation>Could not join; check the file, the passphrase and the share location.</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../../ui/views/sync_dialog.py" line="61"/>
        <source>Sinkronisasi</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync_dialog.py" line="65"/>
        <source>folder berbagi atau smb://server/share/folder</source>
        <translation>shared folder or smb://server/share/folder</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync_dialog.py" line="100"/>
        <source>Terakhir: {when} — {summary}</source>
        <translation>Last: {when} — {summary}</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync_dialog.py" line="99"/>
        <source>Laptop ini belum pernah disinkronkan.</source>
        <translation>This laptop has never been synced.</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync_dialog.py" line="68"/>
        <source>Folder bersama instansi (mis. Z:\kinerja) atau alamat smb://server/share/folder</source>
        <translation>The agency&apos;s shared folder (e.g. Z:\kinerja) or an address smb://server/share/folder</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync_dialog.py" line="70"/>
        <source>&amp;Pilih folder…</source>
        <translation>&amp;Choose folder…</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync_dialog.py" line="80"/>
        <source>Lokasi berbagi</source>
        <translation>Share location</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync_dialog.py" line="81"/>
        <source>Sinkronkan sekarang</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync_dialog.py" line="85"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync_dialog.py" line="105"/>
        <source>Pilih folder berbagi instansi</source>
        <translation>Choose the agency&apos;s shared folder</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync_dialog.py" line="137"/>
        <source>Sinkronisasi gagal; data di laptop ini aman.</source>
        <translation>Sync failed; the data on this laptop is safe.</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync_dialog.py" line="144"/>
        <source>Sinkronisasi dibatalkan. Yang sudah terkirim atau diterima tetap tersimpan; </source>
        <translation>Sync cancelled. What was already sent or received stays saved; </translation>
    </message>
    <message>
        <location filename="../../ui/views/sync_dialog.py" line="145"/>
        <source>sinkronisasi berikutnya melanjutkannya.</source>
        <translation>the next sync carries on from there.</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync_dialog.py" line="149"/>
        <source>Menyinkronkan…</source>
        <translation>Syncing…</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../../ui/views/team_page.py" line="211"/>
        <source>Cari nama atau NIP bawahan…</source>
        <translation>Search direct report name or NIP…</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="220"/>
        <source>&lt;b&gt;Bawahan langsung&lt;/b&gt;</source>
        <translation>&lt;b&gt;Direct reports&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="242"/>
        <source>SKP</source>
        <translation>SKP</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="243"/>
        <source>Penilaian</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="245"/>
        <source>Catatan Harian</source>
        <translation>Daily Log</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="247"/>
        <source>Umpan Balik 360°</source>
        <translation>360° Feedback</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="249"/>
        <source>Tindak Lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="251"/>
        <source>Angka Kredit</source>
        <translation>Credit points</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="253"/>
        <source>Matriks Peran dan Hasil</source>
        <translation>Role and Result Matrix</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="256"/>
        <source>&amp;Periode</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="272"/>
        <source>SKP yang dinilai</source>
        <translation>SKP evaluated</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="300"/>
        <source>SKP {months}</source>
        <translation>SKP {months}</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="394"/>
        <source>Pilih bawahan di daftar sebelah kiri.</source>
        <translation>Select a direct report in the list on the left.</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="443"/>
        <source>Data pegawai tidak dapat ditampilkan.</source>
        <translation>Employee data cannot be displayed.</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="453"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; · NIP {nip} · {position} · {unit}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; · NIP {nip} · {position} · {unit}</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="456"/>
        <source>(tanpa jabatan)</source>
        <translation>(no position)</translation>
    </message>
</context>
<context>
    <name>TeamWorklogTab</name>
    <message>
        <location filename="../../ui/views/worklog_team_tab.py" line="62"/>
        <source>Komentar untuk minggu ini (atau untuk catatan yang dipilih)…</source>
        <translation>Comment on this week (or on the selected entry)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_team_tab.py" line="68"/>
        <source>&amp;Kirim komentar</source>
        <translation>&amp;Send comment</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_team_tab.py" line="70"/>
        <source>Simpan salinan &amp;bukti…</source>
        <translation>Save a copy of the &amp;evidence…</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_team_tab.py" line="80"/>
        <source>Ringkasan mingguan per indikator</source>
        <translation>Weekly summary per indicator</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_team_tab.py" line="82"/>
        <source>Daftar catatan</source>
        <translation>Entries</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_team_tab.py" line="86"/>
        <source>Komentar atasan</source>
        <translation>Supervisor&apos;s comments</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_team_tab.py" line="122"/>
        <source>{n} catatan · {days} hari</source>
        <translation>{n} entries · {days} days</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_team_tab.py" line="142"/>
        <source>Simpan salinan bukti</source>
        <translation>Save a copy of the evidence</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <location filename="../../ui/views/unit_view.py" line="110"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/views/unit_view.py" line="112"/>
        <source>Status SKP</source>
        <translation>SKP status</translation>
    </message>
    <message>
        <location filename="../../ui/views/unit_view.py" line="111"/>
        <source>NIP / NI PPPK</source>
        <translation>NIP / NI PPPK</translation>
    </message>
    <message>
        <location filename="../../ui/views/unit_view.py" line="114"/>
        <source>Predikat periode</source>
        <translation>Rating of the period</translation>
    </message>
    <message>
        <location filename="../../ui/views/unit_view.py" line="117"/>
        <source>Penilaian belum final; belum dihitung dalam distribusi.</source>
        <translation>Not final yet; not counted in the distribution.</translation>
    </message>
    <message>
        <location filename="../../ui/views/unit_view.py" line="129"/>
        <source>Cari pegawai, status atau predikat…</source>
        <translation>Search employee, status or rating category…</translation>
    </message>
    <message>
        <location filename="../../ui/views/unit_view.py" line="134"/>
        <source>Tampilkan semua</source>
        <translation>Show all</translation>
    </message>
    <message>
        <location filename="../../ui/views/unit_view.py" line="151"/>
        <source>Tahunan</source>
        <translation>Annual</translation>
    </message>
    <message>
        <location filename="../../ui/views/unit_view.py" line="175"/>
        <source>&amp;Unit kerja</source>
        <translation>&amp;Work unit</translation>
    </message>
    <message>
        <location filename="../../ui/views/unit_view.py" line="177"/>
        <source>&amp;Tahun</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <location filename="../../ui/views/unit_view.py" line="198"/>
        <source>&lt;b&gt;Pelanggaran pola distribusi&lt;/b&gt;</source>
        <translation>&lt;b&gt;Distribution pattern violations&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/unit_view.py" line="254"/>
        <source>Belum ada unit kerja.</source>
        <translation>No work units yet.</translation>
    </message>
    <message>
        <location filename="../../ui/views/unit_view.py" line="266"/>
        <source>{n} pegawai · {final} predikat final · {draft} draf · {none} belum dinilai</source>
        <translation>{n} employees · {final} final ratings · {draft} drafts · {none} not rated</translation>
    </message>
    <message>
        <location filename="../../ui/views/unit_view.py" line="288"/>
        <source>Disaring menurut batang “{label}”: {n} pegawai</source>
        <translation>Filtered by the “{label}” bar: {n} employees</translation>
    </message>
    <message>
        <location filename="../../ui/views/unit_view.py" line="299"/>
        <source>Predikat organisasi belum ditetapkan</source>
        <translation>Organisational rating category not yet set</translation>
    </message>
    <message>
        <location filename="../../ui/views/unit_view.py" line="301"/>
        <source>Predikat organisasi belum ditetapkan; pola distribusi belum dapat diperiksa.</source>
        <translation>Organisational rating category not yet set; the distribution pattern cannot be checked yet.</translation>
    </message>
    <message>
        <location filename="../../ui/views/unit_view.py" line="304"/>
        <source> (predikat tahunan)</source>
        <translation> (annual rating)</translation>
    </message>
    <message>
        <location filename="../../ui/views/unit_view.py" line="306"/>
        <source>Predikat kinerja organisasi {period}: &lt;b&gt;{predikat}&lt;/b&gt;{source}</source>
        <translation>Organisation rating {period}: &lt;b&gt;{predikat}&lt;/b&gt;{source}</translation>
    </message>
    <message>
        <location filename="../../ui/views/unit_view.py" line="319"/>
        <source>Perhatian: {text}</source>
        <translation>Note: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/views/unit_view.py" line="314"/>
        <source>Distribusi sesuai pola</source>
        <translation>Distribution within pattern</translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <location filename="../../ui/views/admin/units.py" line="71"/>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/units.py" line="71"/>
        <source>Pegawai</source>
        <translation>Employees</translation>
    </message>
</context>
<context>
    <name>UnitsTab</name>
    <message>
        <location filename="../../ui/views/admin/units.py" line="173"/>
        <source>Cari unit…</source>
        <translation>Search units…</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/units.py" line="177"/>
        <source>Jabatan di unit terpilih</source>
        <translation>Positions in the selected unit</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/units.py" line="183"/>
        <source>Tambah &amp;unit…</source>
        <translation>Add &amp;unit…</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/units.py" line="185"/>
        <source>Tambah &amp;jabatan…</source>
        <translation>Add &amp;position…</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/units.py" line="249"/>
        <source>Tambah unit kerja</source>
        <translation>Add work unit</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/units.py" line="253"/>
        <source>— unit teratas —</source>
        <translation>— top-level unit —</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/units.py" line="255"/>
        <source>&amp;Nama unit</source>
        <translation>Unit &amp;name</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/units.py" line="256"/>
        <source>&amp;Kode (opsional)</source>
        <translation>&amp;Code (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/units.py" line="257"/>
        <source>&amp;Unit induk</source>
        <translation>&amp;Parent unit</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/units.py" line="267"/>
        <source>Tambahkan unit kerja terlebih dahulu.</source>
        <translation>Add a work unit first.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/units.py" line="269"/>
        <source>Tambah jabatan</source>
        <translation>Add position</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/units.py" line="277"/>
        <source>Memimpin unit ini (kepala unit)</source>
        <translation>Leads this unit (head of unit)</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/units.py" line="279"/>
        <source>— bukan jabatan fungsional —</source>
        <translation>— not a functional position —</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/units.py" line="282"/>
        <source>&amp;Unit kerja</source>
        <translation>&amp;Work unit</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/units.py" line="283"/>
        <source>&amp;Nama jabatan</source>
        <translation>Position &amp;name</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/units.py" line="284"/>
        <source>&amp;Jenis jabatan</source>
        <translation>Position &amp;type</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/units.py" line="285"/>
        <source>Jen&amp;jang (angka kredit)</source>
        <translation>Le&amp;vel (credit points)</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/views/unlock_dialog.py" line="54"/>
        <source>Buka ruang kerja</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock_dialog.py" line="56"/>
        <source>Ruang kerja di {path} dikunci dengan frasa sandi.</source>
        <translation>The workspace at {path} is locked with a passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock_dialog.py" line="65"/>
        <source>Frasa sandi</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock_dialog.py" line="69"/>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock_dialog.py" line="70"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../ui/views/admin/users.py" line="39"/>
        <source>Tambah pengguna</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/users.py" line="43"/>
        <source>mis. NIP pegawai</source>
        <translation>e.g. employee NIP</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/users.py" line="49"/>
        <source>— tidak terhubung —</source>
        <translation>— not linked —</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/users.py" line="50"/>
        <source>&amp;Nama pengguna</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/users.py" line="51"/>
        <source>&amp;Kata sandi</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/users.py" line="52"/>
        <source>&amp;Ulangi kata sandi</source>
        <translation>&amp;Repeat password</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/users.py" line="53"/>
        <source>&amp;Peran</source>
        <translation>R&amp;ole</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/users.py" line="54"/>
        <source>Data &amp;pegawai</source>
        <translation>&amp;Employee record</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/users.py" line="59"/>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <location filename="../../ui/views/admin/users.py" line="78"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/users.py" line="79"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/users.py" line="80"/>
        <source>Pegawai</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/users.py" line="81"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/users.py" line="81"/>
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/users.py" line="81"/>
        <source>nonaktif</source>
        <translation>inactive</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/users.py" line="96"/>
        <source>&amp;Tambah pengguna…</source>
        <translation>&amp;Add user…</translation>
    </message>
</context>
<context>
    <name>WeekNavigator</name>
    <message>
        <location filename="../../ui/views/worklog_page.py" line="81"/>
        <source>Minggu sebelumnya (PageUp)</source>
        <translation>Previous week (PageUp)</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_page.py" line="85"/>
        <source>Minggu berikutnya (PageDown)</source>
        <translation>Next week (PageDown)</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_page.py" line="87"/>
        <source>Minggu ini</source>
        <translation>This week</translation>
    </message>
</context>
<context>
    <name>WeekSummaryModel</name>
    <message>
        <location filename="../../ui/models/worklog_tables.py" line="48"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklog_tables.py" line="50"/>
        <source>Jumlah catatan</source>
        <translation>Entries</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklog_tables.py" line="56"/>
        <source>Jumlah</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklog_tables.py" line="61"/>
        <source>Hari</source>
        <translation>Days</translation>
    </message>
</context>
<context>
    <name>WorklogEntryModel</name>
    <message>
        <location filename="../../ui/models/worklog_tables.py" line="28"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklog_tables.py" line="29"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklog_tables.py" line="30"/>
        <source>Uraian kegiatan</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklog_tables.py" line="31"/>
        <source>Jumlah</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklog_tables.py" line="32"/>
        <source>Bukti</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklog_tables.py" line="33"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklog_tables.py" line="39"/>
        <source>Masuk realisasi</source>
        <translation>In a realisation</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklog_tables.py" line="39"/>
        <source>Terbuka</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>WorklogPage</name>
    <message>
        <location filename="../../ui/views/worklog_page.py" line="169"/>
        <source>&amp;Ubah…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_page.py" line="170"/>
        <source>Ubah catatan terpilih (F2)</source>
        <translation>Edit the selected entry (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_page.py" line="172"/>
        <location filename="../../ui/views/worklog_page.py" line="263"/>
        <source>&amp;Hapus</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_page.py" line="173"/>
        <source>Hapus catatan terpilih (Delete)</source>
        <translation>Delete the selected entry (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_page.py" line="175"/>
        <source>Usulkan &amp;realisasi…</source>
        <translation>Propose &amp;realisation…</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_page.py" line="188"/>
        <source>Komentar atasan</source>
        <translation>Supervisor&apos;s comments</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_page.py" line="219"/>
        <source>{n} catatan · {days} hari · jumlah {total}</source>
        <translation>{n} entries · {days} days · total {total}</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_page.py" line="234"/>
        <source>Ubah catatan harian</source>
        <translation>Edit daily-log entry</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_page.py" line="239"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_page.py" line="240"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_page.py" line="241"/>
        <source>Kegiatan</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_page.py" line="242"/>
        <source>Jumlah</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_page.py" line="259"/>
        <source>Hapus catatan</source>
        <translation>Delete entry</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_page.py" line="260"/>
        <source>Hapus catatan {date}: “{text}”?</source>
        <translation>Delete the entry of {date}: “{text}”?</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="22"/>
        <source>Tidak dapat dilanjutkan</source>
        <translation>Cannot continue</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="28"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="37"/>
        <source>Terjadi kesalahan</source>
        <translation>An error occurred</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="38"/>
        <source>Terjadi kesalahan yang tidak terduga. Data yang sudah disimpan aman. Kirimkan rincian di bawah ini kepada admin.</source>
        <translation>An unexpected error occurred. Saved data is safe. Send the details below to the admin.</translation>
    </message>
</context>
<context>
    <name>panel</name>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="47"/>
        <source>Pratinjau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="53"/>
        <source>Klik dua kali untuk memperbesar</source>
        <translation>Double-click to enlarge</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/tasks.py" line="279"/>
        <source>Batal</source>
        <extracomment>Long work: only ever on the job worker (the contract&apos;s test fails if one runs on the GUI thread). Reads loaded on the read worker (``TaskRunner.load``): their median is over the budget. Reads the GUI thread may make: each one&apos;s median measured under GUI_BUDGET_MS on the 10,000-employee demo by ``benchmarks/bench_gui_calls.py`` (the walk of every screen, and the reads behind a click: evidence, proposals, conflicts). Writes of one record also run on the GUI thread (one transaction of a few rows); everything else is a job or a load.</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filter_box.py" line="20"/>
        <source>Cari…</source>
        <translation>Search…</translation>
    </message>
</context>
<context>
    <name>questions</name>
    <message>
        <location filename="../../ui/widgets/questions.py" line="25"/>
        <location filename="../../ui/widgets/questions.py" line="64"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/questions.py" line="42"/>
        <source>Ada perubahan yang belum disimpan.</source>
        <translation>There are unsaved changes.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/questions.py" line="44"/>
        <source>Ada perubahan yang belum disimpan: {what}.</source>
        <translation>There are unsaved changes: {what}.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/questions.py" line="49"/>
        <source>Perubahan belum disimpan</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/questions.py" line="50"/>
        <source>Simpan sebelum pindah?</source>
        <translation>Save before leaving?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/questions.py" line="56"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/questions.py" line="60"/>
        <source>&amp;Buang perubahan</source>
        <translation>&amp;Discard changes</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../ui/views/progress_table.py" line="41"/>
        <location filename="../../ui/views/skp_editor.py" line="65"/>
        <source>Rencana Hasil Kerja</source>
        <translation>Planned result (RHK)</translation>
    </message>
    <message>
        <location filename="../../ui/views/progress_table.py" line="43"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../ui/views/progress_table.py" line="46"/>
        <source>{indicator}
RHK: {rhk}</source>
        <translation>{indicator}
RHK: {rhk}</translation>
    </message>
    <message>
        <location filename="../../ui/views/progress_table.py" line="50"/>
        <source>Target tahunan</source>
        <translation>Annual target</translation>
    </message>
    <message>
        <location filename="../../ui/views/progress_table.py" line="38"/>
        <source>Realisasi periode</source>
        <translation>Period realisation</translation>
    </message>
    <message>
        <location filename="../../ui/views/progress_table.py" line="36"/>
        <source>Realisasi s.d. periode</source>
        <translation>Realised to date</translation>
    </message>
    <message>
        <location filename="../../ui/views/progress_table.py" line="52"/>
        <source>Capaian s.d. periode</source>
        <translation>Achievement to date</translation>
    </message>
    <message>
        <location filename="../../ui/views/progress_table.py" line="53"/>
        <source>Bukti</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="62"/>
        <source>Utama</source>
        <translation>Main</translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="62"/>
        <source>Tambahan</source>
        <translation>Additional</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_page.py" line="40"/>
        <location filename="../../ui/views/follow_up_tab.py" line="57"/>
        <source>Tenggat</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_page.py" line="44"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_page.py" line="45"/>
        <location filename="../../ui/views/team_list.py" line="55"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_page.py" line="46"/>
        <location filename="../../ui/views/public_feedback_page.py" line="52"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_page.py" line="47"/>
        <source>Pejabat penilai</source>
        <translation>Assessing official</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_page.py" line="51"/>
        <location filename="../../ui/views/follow_up_tab.py" line="53"/>
        <location filename="../../ui/views/skp_editor.py" line="64"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_page.py" line="52"/>
        <location filename="../../ui/views/follow_up_tab.py" line="54"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_page.py" line="53"/>
        <location filename="../../ui/views/follow_up_tab.py" line="55"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_page.py" line="55"/>
        <source>Sesi</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="66"/>
        <source>RHK pimpinan yang diintervensi</source>
        <translation>Supervisor&apos;s RHK supported</translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="67"/>
        <source>Aspek</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="68"/>
        <source>Indikator kinerja individu</source>
        <translation>Individual performance indicator</translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="69"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="82"/>
        <source>Nilai dasar</source>
        <translation>Core value</translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="83"/>
        <source>Panduan perilaku</source>
        <translation>Behaviour guidance</translation>
    </message>
    <message>
        <location filename="../../ui/views/skp_editor.py" line="84"/>
        <source>Ekspektasi khusus pimpinan</source>
        <translation>Supervisor&apos;s specific expectation</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback_filter.py" line="58"/>
        <source>RHK</source>
        <translation>RHK</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback_filter.py" line="59"/>
        <source>Umum</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback_filter.py" line="63"/>
        <source>(anonim)</source>
        <translation>(anonymous)</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback_filter.py" line="66"/>
        <location filename="../../ui/views/meeting_view.py" line="53"/>
        <location filename="../../ui/views/public_feedback_page.py" line="50"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback_filter.py" line="67"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback_filter.py" line="68"/>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback_filter.py" line="69"/>
        <source>Tentang</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback_filter.py" line="70"/>
        <source>Isi</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback_filter.py" line="71"/>
        <location filename="../../ui/views/public_feedback_page.py" line="55"/>
        <source>Skor</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_page.py" line="49"/>
        <location filename="../../ui/views/follow_up_tab.py" line="51"/>
        <location filename="../../ui/views/meeting_view.py" line="54"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_view.py" line="55"/>
        <source>Tempat</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_view.py" line="56"/>
        <source>Peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_view.py" line="57"/>
        <source>Notulen</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_page.py" line="44"/>
        <source>Minggu {start} – {end}</source>
        <translation>Week {start} – {end}</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_page.py" line="50"/>
        <source>&lt;i&gt;Belum ada komentar atasan pada minggu ini.&lt;/i&gt;</source>
        <translation>&lt;i&gt;No comments from the supervisor this week.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_page.py" line="58"/>
        <source> · tentang “{entry}”</source>
        <translation> · on “{entry}”</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_tab.py" line="38"/>
        <source>Tahunan {year}</source>
        <translation>Annual {year}</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_tab.py" line="47"/>
        <source>{held} dari {n}</source>
        <translation>{held} of {n}</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_tab.py" line="61"/>
        <source>Sesi terlaksana</source>
        <translation>Sessions held</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_tab.py" line="62"/>
        <source>Hasil</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_tab.py" line="69"/>
        <source>Rencana</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_tab.py" line="71"/>
        <source>Terlaksana</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_tab.py" line="71"/>
        <source>belum</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_tab.py" line="72"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/views/public_feedback_page.py" line="53"/>
        <source>Pegawai</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../ui/views/public_feedback_page.py" line="54"/>
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/views/public_feedback_page.py" line="56"/>
        <source>Komentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../ui/views/public_feedback_page.py" line="66"/>
        <source>(semua)</source>
        <translation>(all)</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync_dialog.py" line="38"/>
        <source>Sinkronisasi selesai: {sent} perubahan dikirim, {got} perubahan diterima</source>
        <translation>Sync finished: {sent} changes sent, {got} changes received</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync_dialog.py" line="42"/>
        <source>, {n} konflik perlu diputuskan</source>
        <translation>, {n} conflicts to decide</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync_dialog.py" line="44"/>
        <source>, {n} kiriman dilewati</source>
        <translation>, {n} deliveries skipped</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_list.py" line="35"/>
        <source>belum ada SKP</source>
        <translation>no SKP yet</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_list.py" line="37"/>
        <source>{status}, s.d. {day} (mutasi)</source>
        <translation>{status}, until {day} (transfer)</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_list.py" line="43"/>
        <source>belum dinilai</source>
        <translation>not rated</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_list.py" line="50"/>
        <source>SKP: {skp} · Penilaian: {rating}</source>
        <translation>SKP: {skp} · Rating: {rating}</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_list.py" line="56"/>
        <source>SKP</source>
        <translation>SKP</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_list.py" line="57"/>
        <source>Penilaian periode</source>
        <translation>Period rating</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_proposal.py" line="57"/>
        <source>{value} (capaian {percent})</source>
        <translation>{value} ({percent} achieved)</translation>
    </message>
</context>
</TS>
