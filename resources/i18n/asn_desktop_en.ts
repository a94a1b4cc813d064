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
        <location filename="../../ui/views/admin/admin_page.py" line="30"/>
        <source>Halaman administrasi hanya untuk administrator.</source>
        <translation>The administration page is for administrators only.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/admin_page.py" line="40"/>
        <source>&amp;Unit &amp;&amp; Jabatan</source>
        <translation>&amp;Units &amp;&amp; Positions</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/admin_page.py" line="41"/>
        <source>&amp;Pegawai</source>
        <translation>&amp;Employees</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/admin_page.py" line="42"/>
        <source>Pe&amp;ngguna</source>
        <translation>Use&amp;rs</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/admin_page.py" line="43"/>
        <source>Pe&amp;ngaturan</source>
        <translation>Se&amp;ttings</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/admin_page.py" line="44"/>
        <source>&amp;Kompetensi Jabatan</source>
        <translation>Position &amp;competencies</translation>
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
        <location filename="../../ui/views/assessment_form.py" line="106"/>
        <source>Target dan realisasi</source>
        <translation>Targets and realisation</translation>
    </message>
    <message>
        <location filename="../../ui/views/assessment_form.py" line="112"/>
        <source>Bukti dukung indikator terpilih</source>
        <translation>Evidence for the selected indicator</translation>
    </message>
    <message>
        <location filename="../../ui/views/assessment_form.py" line="117"/>
        <source>Masukan: penilaian diri, rekan kerja, masyarakat</source>
        <translation>Input: self-assessment, peers, public</translation>
    </message>
    <message>
        <location filename="../../ui/views/assessment_form.py" line="121"/>
        <source>Cari umpan balik…</source>
        <translation>Search feedback…</translation>
    </message>
    <message>
        <location filename="../../ui/views/assessment_form.py" line="124"/>
        <source>Semua sumber</source>
        <translation>All sources</translation>
    </message>
    <message>
        <location filename="../../ui/views/assessment_form.py" line="161"/>
        <source>Tulis umpan balik untuk RHK atau nilai BerAKHLAK terpilih</source>
        <translation>Write feedback on the selected RHK or BerAKHLAK value</translation>
    </message>
    <message>
        <location filename="../../ui/views/assessment_form.py" line="165"/>
        <source>&amp;Kirim umpan balik</source>
        <translation>Se&amp;nd feedback</translation>
    </message>
    <message>
        <location filename="../../ui/views/assessment_form.py" line="170"/>
        <source>Umpan balik atasan &amp;tentang</source>
        <translation>Supervisor feedback &amp;about</translation>
    </message>
    <message>
        <location filename="../../ui/views/assessment_form.py" line="182"/>
        <source>Penilaian pejabat penilai</source>
        <translation>Appraising official&apos;s assessment</translation>
    </message>
    <message>
        <location filename="../../ui/views/assessment_form.py" line="187"/>
        <source>Catatan penilaian (opsional)</source>
        <translation>Assessment notes (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/views/assessment_form.py" line="195"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/views/assessment_form.py" line="197"/>
        <location filename="../../ui/views/assessment_form.py" line="382"/>
        <source>&amp;Finalkan</source>
        <translation>&amp;Finalise</translation>
    </message>
    <message>
        <location filename="../../ui/views/assessment_form.py" line="199"/>
        <source>&amp;Buka kembali</source>
        <translation>&amp;Reopen</translation>
    </message>
    <message>
        <location filename="../../ui/views/assessment_form.py" line="256"/>
        <source>tanpa rating</source>
        <translation>no rating</translation>
    </message>
    <message>
        <location filename="../../ui/views/assessment_form.py" line="259"/>
        <source>&lt;b&gt;Penilaian diri:&lt;/b&gt; {rating}</source>
        <translation>&lt;b&gt;Self-assessment:&lt;/b&gt; {rating}</translation>
    </message>
    <message>
        <location filename="../../ui/views/assessment_form.py" line="262"/>
        <source>&lt;b&gt;Penilaian diri:&lt;/b&gt; belum diisi pegawai.</source>
        <translation>&lt;b&gt;Self-assessment:&lt;/b&gt; not yet completed by the employee.</translation>
    </message>
    <message>
        <location filename="../../ui/views/assessment_form.py" line="279"/>
        <source>Umum (tanpa RHK tertentu)</source>
        <translation>General (no specific RHK)</translation>
    </message>
    <message>
        <location filename="../../ui/views/assessment_form.py" line="281"/>
        <source>RHK: {text}</source>
        <translation>RHK: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/views/assessment_form.py" line="286"/>
        <source>Perilaku: {label}</source>
        <translation>Behaviour: {label}</translation>
    </message>
    <message>
        <location filename="../../ui/views/assessment_form.py" line="316"/>
        <source>Status: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>Status: &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/assessment_form.py" line="318"/>
        <source>Status: &lt;b&gt;belum dinilai&lt;/b&gt;</source>
        <translation>Status: &lt;b&gt;not yet assessed&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/assessment_form.py" line="358"/>
        <source>Pilih rating hasil kerja dan rating perilaku kerja.</source>
        <translation>Select the work results rating and the work behaviour rating.</translation>
    </message>
    <message>
        <location filename="../../ui/views/assessment_form.py" line="378"/>
        <source>Finalkan penilaian</source>
        <translation>Finalise assessment</translation>
    </message>
    <message>
        <location filename="../../ui/views/assessment_form.py" line="380"/>
        <source>Setelah final, penilaian tidak dapat diubah kecuali dibuka kembali. Finalkan sekarang?</source>
        <translation>Once final, the assessment cannot be changed unless it is reopened. Finalise now?</translation>
    </message>
    <message>
        <location filename="../../ui/views/assessment_form.py" line="430"/>
        <source>Umpan balik tersimpan.</source>
        <translation>Feedback saved.</translation>
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
        <location filename="../../ui/views/admin/employees.py" line="175"/>
        <source>Ubah data pegawai</source>
        <translation>Edit employee</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="175"/>
        <source>Tambah pegawai</source>
        <translation>Add employee</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="182"/>
        <source>Otomatis dari NIP</source>
        <translation>Automatic from NIP</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="191"/>
        <source>mis. III/a</source>
        <translation>e.g. III/a</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="192"/>
        <source>— tanpa atasan —</source>
        <translation>— no supervisor —</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="195"/>
        <source>&amp;NIP</source>
        <translation>&amp;NIP</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="196"/>
        <source>Nam&amp;a</source>
        <translation>N&amp;ame</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="197"/>
        <source>&amp;Jenis ASN</source>
        <translation>ASN &amp;type</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="198"/>
        <source>&amp;Unit kerja</source>
        <translation>&amp;Work unit</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="199"/>
        <source>Ja&amp;batan</source>
        <translation>&amp;Position</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="200"/>
        <source>&amp;Pangkat</source>
        <translation>&amp;Rank</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="201"/>
        <source>&amp;Golongan</source>
        <translation>&amp;Grade</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="202"/>
        <source>A&amp;tasan langsung</source>
        <translation>&amp;Direct supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="203"/>
        <source>&amp;Surel</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="214"/>
        <source>— belum ditetapkan —</source>
        <translation>— not yet set —</translation>
    </message>
</context>
<context>
    <name>EmployeePicker</name>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="63"/>
        <source>— tidak ada —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="65"/>
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
        <location filename="../../ui/views/admin/employees.py" line="331"/>
        <source>Cari nama atau NIP…</source>
        <translation>Search name or NIP…</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="365"/>
        <source>&amp;Tambah pegawai…</source>
        <translation>&amp;Add employee…</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="366"/>
        <source>U&amp;bah…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="367"/>
        <source>&amp;Impor CSV/XLSX…</source>
        <translation>&amp;Import CSV/XLSX…</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="375"/>
        <source>Kolom: nip, nama, jenis, unit, jabatan, pangkat, golongan, nip_atasan, email (wajib: nip, nama, unit)</source>
        <translation>Columns: nip, nama, jenis, unit, jabatan, pangkat, golongan, nip_atasan, email (required: nip, nama, unit)</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="394"/>
        <source>Semua unit</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="400"/>
        <source>{n} pegawai</source>
        <translation>{n} employees</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="424"/>
        <location filename="../../ui/views/admin/employees.py" line="449"/>
        <location filename="../../ui/views/admin/employees.py" line="482"/>
        <source>Impor data pegawai</source>
        <translation>Import employee data</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="426"/>
        <source>Data pegawai (*.csv *.xlsx);;CSV (*.csv);;Excel (*.xlsx)</source>
        <translation>Employee data (*.csv *.xlsx);;CSV (*.csv);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="435"/>
        <source>Mengimpor {name}…</source>
        <translation>Importing {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="440"/>
        <source>Memeriksa dan menyimpan {name}…</source>
        <translation>Checking and saving {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="458"/>
        <source>Impor dibatalkan; tidak ada data yang disimpan.</source>
        <translation>Import cancelled; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="467"/>
        <source>Impor selesai: {created} pegawai baru, {updated} diperbarui.</source>
        <translation>Import complete: {created} new employees, {updated} updated.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="481"/>
        <source>Impor gagal; tidak ada data yang disimpan.</source>
        <translation>Import failed; no data was saved.</translation>
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
        <location filename="../../ui/views/evidence_panel.py" line="106"/>
        <source>&amp;Lampirkan berkas…</source>
        <translation>&amp;Attach file…</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="108"/>
        <source>&amp;Ganti…</source>
        <translation>&amp;Replace…</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="110"/>
        <location filename="../../ui/views/evidence_panel.py" line="216"/>
        <source>&amp;Hapus</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="114"/>
        <source>Simpan &amp;salinan…</source>
        <translation>&amp;Save a copy…</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="116"/>
        <source>Per&amp;besar</source>
        <translation>&amp;Enlarge</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="157"/>
        <source>Pratinjau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="121"/>
        <source>Seret berkas ke sini untuk melampirkan (PDF, gambar, dokumen kantor; maks. 20 MB).</source>
        <translation>Drag files here to attach them (PDF, images, office documents; max. 20 MB).</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="198"/>
        <source>Berkas ditolak</source>
        <translation>File rejected</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="204"/>
        <source>Pilih bukti dukung</source>
        <translation>Select evidence</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="182"/>
        <source>Tidak ada pratinjau untuk {name}</source>
        <translation>No preview for {name}</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="214"/>
        <source>Hapus bukti dukung</source>
        <translation>Remove evidence</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="215"/>
        <source>Hapus “{name}” dari bukti dukung realisasi ini?</source>
        <translation>Remove “{name}” from this realisation&apos;s evidence?</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="222"/>
        <source>Bukti dukung tidak dihapus</source>
        <translation>Evidence not removed</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="234"/>
        <source>Bukti dukung tidak diganti</source>
        <translation>Evidence not replaced</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="243"/>
        <source>Ganti “{name}” dengan…</source>
        <translation>Replace “{name}” with…</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="275"/>
        <source>Simpan salinan bukti</source>
        <translation>Save a copy of the evidence</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="38"/>
        <source>Ekspor formulir PDF</source>
        <translation>Export PDF forms</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="44"/>
        <source>Seluruh instansi</source>
        <translation>Whole agency</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="49"/>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="54"/>
        <source>Tandatangani (kunci para penanda tangan)</source>
        <translation>Sign (with the signers&apos; keys)</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="59"/>
        <source>Lampirkan ringkasan umpan balik 360° dan rencana tindak lanjut pada evaluasi</source>
        <translation>Append the 360° feedback summary and the follow-up plan to evaluations</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="64"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="65"/>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="66"/>
        <source>Simpan ke (folder atau .zip)</source>
        <translation>Save to (folder or .zip)</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="69"/>
        <source>Frasa sandi kunci tanda tangan</source>
        <translation>Signing key passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="71"/>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="72"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="82"/>
        <source>Simpan arsip</source>
        <translation>Save archive</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="110"/>
        <source>{n} formulir ditulis ke {target}.</source>
        <translation>{n} forms written to {target}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="125"/>
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
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="260"/>
        <source>Impor dibatalkan</source>
        <translation>Import cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="264"/>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="265"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="281"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="282"/>
        <source>Simpan laporan…</source>
        <translation>Save report…</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="294"/>
        <source>Berkas: {name}</source>
        <translation>File: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="296"/>
        <source>baris {line}: {reason}</source>
        <translation>row {line}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="302"/>
        <source>Simpan laporan impor</source>
        <translation>Save import report</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="302"/>
        <source>Teks (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="310"/>
        <source>Laporan tidak dapat disimpan: {e}</source>
        <translation>The report could not be saved: {e}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/views/login_dialog.py" line="19"/>
        <source>Masuk — ASN Kinerja</source>
        <translation>Sign in — ASN Kinerja</translation>
    </message>
    <message>
        <location filename="../../ui/views/login_dialog.py" line="22"/>
        <source>nama pengguna atau NIP</source>
        <translation>username or NIP</translation>
    </message>
    <message>
        <location filename="../../ui/views/login_dialog.py" line="27"/>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/views/login_dialog.py" line="28"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/views/login_dialog.py" line="32"/>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/views/login_dialog.py" line="33"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/__main__.py" line="46"/>
        <source>Ruang kerja demo: masuk sebagai &lt;b&gt;admin&lt;/b&gt; atau NIP pegawai, kata sandi &lt;b&gt;{pw}&lt;/b&gt;.</source>
        <translation>Demo workspace: log in as &lt;b&gt;admin&lt;/b&gt; or an employee&apos;s NIP, password &lt;b&gt;{pw}&lt;/b&gt;.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="73"/>
        <source>ASN Kinerja — {name} ({agency})</source>
        <translation>ASN Kinerja — {name} ({agency})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <source>Kinerja Saya</source>
        <translation>My performance</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101"/>
        <source>SKP Saya</source>
        <translation>My SKP</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102"/>
        <source>Realisasi</source>
        <translation>Realisation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103"/>
        <source>Catatan Harian</source>
        <translation>Daily Log</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>Umpan Balik 360°</source>
        <translation>360° Feedback</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>Penilaian Bawahan</source>
        <translation>Team appraisal</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>Rapat Evaluasi</source>
        <translation>Review meetings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>Unit Kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>Umpan Balik Masyarakat</source>
        <translation>Public Feedback</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>Tindak Lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>Administrasi</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143"/>
        <source>&amp;Halaman</source>
        <translation>&amp;Pages</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162"/>
        <source>Halaman &amp;berikutnya</source>
        <translation>&amp;Next page</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163"/>
        <source>Halaman &amp;sebelumnya</source>
        <translation>&amp;Previous page</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169"/>
        <source>Ke &amp;navigasi</source>
        <translation>Go to &amp;navigation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217"/>
        <source>&amp;Ganti pengguna</source>
        <translation>&amp;Switch user</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219"/>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>&amp;Ekspor formulir PDF…</source>
        <translation>&amp;Export PDF forms…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230"/>
        <source>&amp;Sinkronisasi</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="231"/>
        <source>&amp;Sinkronkan sekarang…</source>
        <translation>&amp;Sync now…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="234"/>
        <source>&amp;Konflik…</source>
        <translation>&amp;Conflicts…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239"/>
        <source>&amp;Pengaturan</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240"/>
        <source>&amp;Bahasa</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="247"/>
        <source>Ban&amp;tuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="248"/>
        <source>&amp;Panduan pengguna</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="251"/>
        <source>&amp;Tentang ASN Kinerja</source>
        <translation>&amp;About ASN Kinerja</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>kunci di keyring sistem</source>
        <translation>key in system keyring</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <source>kunci disegel frasa sandi</source>
        <translation>key sealed with passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="273"/>
        <source>Sinkron terakhir: {when}</source>
        <translation>Last sync: {when}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="275"/>
        <source>Belum pernah sinkron</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="280"/>
        <source>{n} konflik</source>
        <translation>{n} conflicts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="300"/>
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="300"/>
        <source>Bahasa tampilan akan berubah setelah aplikasi dibuka kembali.</source>
        <translation>The display language will change after the application is restarted.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="306"/>
        <source>Panduan pengguna</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="317"/>
        <source>Tentang ASN Kinerja</source>
        <translation>About ASN Kinerja</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="319"/>
        <source>&lt;b&gt;ASN Kinerja Desktop&lt;/b&gt; versi {version}&lt;br&gt;Pengelolaan kinerja pegawai ASN menurut PermenPANRB 6/2022.&lt;br&gt;Data tersimpan terenkripsi di laptop ini.</source>
        <translation>&lt;b&gt;ASN Kinerja Desktop&lt;/b&gt; version {version}&lt;br&gt;Performance management for ASN employees under PermenPANRB 6/2022.&lt;br&gt;Data is stored encrypted on this laptop.</translation>
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
    <message>
        <location filename="../../ui/views/meeting_runner.py" line="426"/>
        <source>Notulen rapat tersimpan {time}.</source>
        <translation>Minutes saved at {time}.</translation>
    </message>
</context>
<context>
    <name>MyPerformancePage</name>
    <message>
        <location filename="../../ui/views/my_performance.py" line="41"/>
        <source>Capaian indikator periode berjalan</source>
        <translation>Indicator achievement in the current period</translation>
    </message>
    <message>
        <location filename="../../ui/views/my_performance.py" line="45"/>
        <source>Umpan balik terbaru</source>
        <translation>Recent feedback</translation>
    </message>
    <message>
        <location filename="../../ui/views/my_performance.py" line="49"/>
        <source>Tindak lanjut yang masih berjalan</source>
        <translation>Open follow-ups</translation>
    </message>
    <message>
        <location filename="../../ui/views/my_performance.py" line="55"/>
        <source>Riwayat predikat kinerja</source>
        <translation>Performance rating history</translation>
    </message>
    <message>
        <location filename="../../ui/views/my_performance.py" line="92"/>
        <source>Anda belum memiliki SKP tahun {year}. Buka &lt;b&gt;SKP Saya&lt;/b&gt; untuk menyusunnya.</source>
        <translation>You do not have an SKP for {year} yet. Open &lt;b&gt;My SKP&lt;/b&gt; to draw one up.</translation>
    </message>
    <message>
        <location filename="../../ui/views/my_performance.py" line="101"/>
        <source>SKP {year} versi {version}: &lt;b&gt;{status}&lt;/b&gt; · periode {period} · {count} indikator</source>
        <translation>SKP {year} version {version}: &lt;b&gt;{status}&lt;/b&gt; · period {period} · {count} indicators</translation>
    </message>
    <message>
        <location filename="../../ui/views/my_performance.py" line="115"/>
        <source>Belum ada predikat yang ditetapkan.</source>
        <translation>No rating has been decided yet.</translation>
    </message>
    <message>
        <location filename="../../ui/views/my_performance.py" line="120"/>
        <source>hasil kerja</source>
        <translation>work results</translation>
    </message>
    <message>
        <location filename="../../ui/views/my_performance.py" line="136"/>
        <source>tenggat {date}</source>
        <translation>due {date}</translation>
    </message>
    <message>
        <location filename="../../ui/views/my_performance.py" line="139"/>
        <source>sesi berikutnya {date}</source>
        <translation>next session {date}</translation>
    </message>
    <message>
        <location filename="../../ui/views/my_performance.py" line="142"/>
        <source>Tidak ada tindak lanjut yang masih berjalan.</source>
        <translation>No open follow-ups.</translation>
    </message>
</context>
<context>
    <name>NipField</name>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="122"/>
        <source>18 digit, boleh dengan spasi</source>
        <translation>18 digits, spaces allowed</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="149"/>
        <source>laki-laki</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="149"/>
        <source>perempuan</source>
        <translation>female</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/employees.py" line="151"/>
        <source>NIP {kind} sah · lahir {born} · {gender}</source>
        <translation>Valid {kind} NIP · born {born} · {gender}</translation>
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
        <location filename="../../ui/views/worklog_proposal.py" line="67"/>
        <source>Usulkan realisasi dari catatan harian</source>
        <translation>Propose realisations from the daily log</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_proposal.py" line="88"/>
        <source>&amp;Konfirmasi realisasi</source>
        <translation>&amp;Confirm realisation</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_proposal.py" line="91"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_proposal.py" line="99"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_proposal.py" line="103"/>
        <source>Realisasi</source>
        <translation>Realisation</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_proposal.py" line="104"/>
        <source>Catatan realisasi</source>
        <translation>Realisation note</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_proposal.py" line="105"/>
        <source>Bukti dukung</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_proposal.py" line="135"/>
        <source>Tidak ada catatan harian baru pada periode ini.</source>
        <translation>No new daily-log entries in this period.</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_proposal.py" line="157"/>
        <source>(tidak ada)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_proposal.py" line="159"/>
        <source>{names} · catatan {start} s.d. {end}</source>
        <translation>{names} · entries {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_proposal.py" line="182"/>
        <source>Ganti realisasi tercatat?</source>
        <translation>Replace the recorded realisation?</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_proposal.py" line="184"/>
        <source>Realisasi “{indicator}” periode {period} sudah tercatat: &lt;b&gt;{old}&lt;/b&gt;.&lt;br&gt;Konfirmasi menggantinya dengan &lt;b&gt;{new}&lt;/b&gt;.</source>
        <translation>The realisation of “{indicator}” for {period} is already recorded: &lt;b&gt;{old}&lt;/b&gt;.&lt;br&gt;Confirming replaces it with &lt;b&gt;{new}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../ui/views/worklog_proposal.py" line="187"/>
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
        <location filename="../../ui/widgets/rating_selector.py" line="35"/>
        <source>Rating &amp;hasil kerja</source>
        <translation>&amp;Work results rating</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rating_selector.py" line="36"/>
        <source>Rating &amp;perilaku kerja</source>
        <translation>Work &amp;behaviour rating</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rating_selector.py" line="37"/>
        <source>Predikat kinerja</source>
        <translation>Performance rating category</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rating_selector.py" line="42"/>
        <source>— pilih —</source>
        <translation>— select —</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rating_selector.py" line="78"/>
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
    <name>SettingsTab</name>
    <message>
        <location filename="../../ui/views/admin/settings.py" line="61"/>
        <source>Evaluasi kinerja periodik</source>
        <translation>Periodic performance evaluation</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/settings.py" line="65"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/settings.py" line="69"/>
        <source>&amp;Periode</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/settings.py" line="74"/>
        <source>Predikat kinerja organisasi</source>
        <translation>Organisational performance rating category</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/settings.py" line="78"/>
        <source>— belum ditetapkan —</source>
        <translation>— not yet set —</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/settings.py" line="83"/>
        <source>Tetapkan</source>
        <translation>Set</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/settings.py" line="88"/>
        <source>&amp;Unit kerja</source>
        <translation>&amp;Work unit</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/settings.py" line="89"/>
        <source>&amp;Tahun</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/settings.py" line="90"/>
        <source>Pre&amp;dikat</source>
        <translation>Rating &amp;category</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/settings.py" line="95"/>
        <source>Periode penilaian</source>
        <translation>Appraisal periods</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/settings.py" line="99"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/settings.py" line="99"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/settings.py" line="108"/>
        <source>T&amp;utup periode</source>
        <translation>C&amp;lose period</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/settings.py" line="110"/>
        <source>&amp;Buka kembali</source>
        <translation>&amp;Reopen</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/settings.py" line="113"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/settings.py" line="121"/>
        <source>Periode yang ditutup tidak dapat diisi realisasi lagi sampai dibuka kembali.</source>
        <translation>No further realisation can be entered for a closed period until it is reopened.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/settings.py" line="165"/>
        <source>Evaluasi periodik: {kind}.</source>
        <translation>Periodic evaluation: {kind}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/settings.py" line="172"/>
        <source>Pilih unit kerja dan predikatnya.</source>
        <translation>Select a work unit and its rating category.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/settings.py" line="178"/>
        <source>Predikat kinerja organisasi {unit} {year}: {predikat}.</source>
        <translation>Organisational performance rating category for {unit} {year}: {predikat}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/settings.py" line="191"/>
        <source>Pilih periode terlebih dahulu.</source>
        <translation>Select a period first.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/settings.py" line="193"/>
        <source>Periode {label} ditutup.</source>
        <translation>Period {label} closed.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/settings.py" line="193"/>
        <source>Periode {label} dibuka kembali.</source>
        <translation>Period {label} reopened.</translation>
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
        <location filename="../../ui/views/team_page.py" line="86"/>
        <source>Se&amp;tujui…</source>
        <translation>&amp;Approve…</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="88"/>
        <source>&amp;Kembalikan…</source>
        <translation>&amp;Return…</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="90"/>
        <source>&amp;Ekspektasi khusus…</source>
        <translation>Specific &amp;expectation…</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="115"/>
        <source>&lt;i&gt;Belum ada ekspektasi khusus pimpinan.&lt;/i&gt;</source>
        <translation>&lt;i&gt;No supervisor&apos;s specific expectation yet.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="118"/>
        <source>Ekspektasi khusus pimpinan:</source>
        <translation>Supervisor&apos;s specific expectation:</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="131"/>
        <source>Setujui SKP</source>
        <translation>Approve SKP</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="132"/>
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="136"/>
        <source>SKP yang disetujui hanya dapat diubah melalui revisi (versi baru).</source>
        <translation>An approved SKP can only be changed through a revision (new version).</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="138"/>
        <source>Catatan (opsional)</source>
        <translation>Notes (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="148"/>
        <source>Kembalikan SKP</source>
        <translation>Return SKP</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="149"/>
        <source>Kembalikan</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="152"/>
        <source>Alasan pengembalian</source>
        <translation>Reason for return</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="174"/>
        <source>Ekspektasi khusus pimpinan</source>
        <translation>Supervisor&apos;s specific expectation</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="175"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="180"/>
        <source>Nilai BerAKHLAK</source>
        <translation>BerAKHLAK value</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="181"/>
        <source>Panduan perilaku</source>
        <translation>Behaviour guidance</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="182"/>
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
        <location filename="../../ui/views/start_dialog.py" line="103"/>
        <source>Menyiapkan ruang kerja demo…</source>
        <translation>Preparing demo workspace…</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="111"/>
        <source>ASN Kinerja — mulai</source>
        <translation>ASN Kinerja — start</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="115"/>
        <source>&lt;h3&gt;Selamat datang di ASN Kinerja&lt;/h3&gt;Pilih ruang kerja yang akan dibuka.</source>
        <translation>&lt;h3&gt;Welcome to ASN Kinerja&lt;/h3&gt;Choose a workspace to open.</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="119"/>
        <source>Buka ruang kerja demo</source>
        <translation>Open demo workspace</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="120"/>
        <source>Buka ruang kerja yang ada…</source>
        <translation>Open existing workspace…</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="121"/>
        <source>Buat ruang kerja instansi baru…</source>
        <translation>Create new agency workspace…</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="122"/>
        <source>Gabung dengan instansi (berkas pendaftaran)…</source>
        <translation>Join an agency (enrolment file)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="136"/>
        <source>Pilih folder ruang kerja</source>
        <translation>Choose workspace folder</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="142"/>
        <source>Ruang kerja instansi baru</source>
        <translation>New agency workspace</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="142"/>
        <source>Buat</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="147"/>
        <location filename="../../ui/views/start_dialog.py" line="193"/>
        <source>dipakai bila tidak ada keyring sistem</source>
        <translation>used when there is no system keyring</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="148"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="149"/>
        <source>Nama instansi</source>
        <translation>Agency name</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="150"/>
        <source>Kata sandi admin</source>
        <translation>Admin password</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="151"/>
        <location filename="../../ui/views/start_dialog.py" line="198"/>
        <source>Frasa sandi ruang kerja</source>
        <translation>Workspace passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="153"/>
        <source>opsional: folder berbagi atau smb://server/share/folder</source>
        <translation>optional: shared folder or smb://server/share/folder</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="154"/>
        <location filename="../../ui/views/start_dialog.py" line="196"/>
        <source>Lokasi berbagi sinkronisasi</source>
        <translation>Sync share location</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="177"/>
        <source>Gabung dengan instansi</source>
        <translation>Join an agency</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="177"/>
        <source>Gabung</source>
        <translation>Join</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="179"/>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="182"/>
        <location filename="../../ui/views/start_dialog.py" line="194"/>
        <source>Berkas pendaftaran</source>
        <translation>Enrolment file</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="190"/>
        <source>folder berbagi atau smb://server/share/folder</source>
        <translation>shared folder or smb://server/share/folder</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="195"/>
        <source>Frasa sandi berkas</source>
        <translation>File passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="197"/>
        <source>Folder ruang kerja di laptop ini</source>
        <translation>Workspace folder on this laptop</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="216"/>
        <source>Bergabung dan mengambil data instansi…</source>
        <translation>Joining and fetching the agency&apos;s data…</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="218"/>
        <source>Penggabungan dibatalkan; tekan Gabung untuk mencoba lagi.</source>
        <translation>Joining cancelled; press Join to try again.</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_dialog.py" line="221"/>
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
        <location filename="../../ui/views/team_page.py" line="209"/>
        <source>Cari nama atau NIP bawahan…</source>
        <translation>Search direct report name or NIP…</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="218"/>
        <source>&lt;b&gt;Bawahan langsung&lt;/b&gt;</source>
        <translation>&lt;b&gt;Direct reports&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="240"/>
        <source>SKP</source>
        <translation>SKP</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="241"/>
        <source>Penilaian</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="243"/>
        <source>Catatan Harian</source>
        <translation>Daily Log</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="245"/>
        <source>Umpan Balik 360°</source>
        <translation>360° Feedback</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="247"/>
        <source>Tindak Lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="250"/>
        <source>&amp;Periode</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="346"/>
        <source>Pilih bawahan di daftar sebelah kiri.</source>
        <translation>Select a direct report in the list on the left.</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="380"/>
        <source>Data pegawai tidak dapat ditampilkan.</source>
        <translation>Employee data cannot be displayed.</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="390"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; · NIP {nip} · {position} · {unit}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; · NIP {nip} · {position} · {unit}</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_page.py" line="393"/>
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
        <location filename="../../ui/views/unit_view.py" line="107"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/views/unit_view.py" line="108"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../ui/views/unit_view.py" line="109"/>
        <source>Status SKP</source>
        <translation>SKP status</translation>
    </message>
    <message>
        <location filename="../../ui/views/unit_view.py" line="111"/>
        <source>Predikat tahunan</source>
        <translation>Annual rating category</translation>
    </message>
    <message>
        <location filename="../../ui/views/unit_view.py" line="114"/>
        <source>Penilaian belum final; belum dihitung dalam distribusi.</source>
        <translation>Not final yet; not counted in the distribution.</translation>
    </message>
    <message>
        <location filename="../../ui/views/unit_view.py" line="126"/>
        <source>Cari pegawai, status atau predikat…</source>
        <translation>Search employee, status or rating category…</translation>
    </message>
    <message>
        <location filename="../../ui/views/unit_view.py" line="131"/>
        <source>Tampilkan semua</source>
        <translation>Show all</translation>
    </message>
    <message>
        <location filename="../../ui/views/unit_view.py" line="157"/>
        <source>&amp;Unit kerja</source>
        <translation>&amp;Work unit</translation>
    </message>
    <message>
        <location filename="../../ui/views/unit_view.py" line="159"/>
        <source>&amp;Tahun</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <location filename="../../ui/views/unit_view.py" line="180"/>
        <source>&lt;b&gt;Pelanggaran pola distribusi&lt;/b&gt;</source>
        <translation>&lt;b&gt;Distribution pattern violations&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/unit_view.py" line="236"/>
        <source>Belum ada unit kerja.</source>
        <translation>No work units yet.</translation>
    </message>
    <message>
        <location filename="../../ui/views/unit_view.py" line="247"/>
        <source>{n} pegawai · {final} predikat final · {draft} draf · {none} belum dinilai</source>
        <translation>{n} employees · {final} final ratings · {draft} drafts · {none} not rated</translation>
    </message>
    <message>
        <location filename="../../ui/views/unit_view.py" line="269"/>
        <source>Disaring menurut batang “{label}”: {n} pegawai</source>
        <translation>Filtered by the “{label}” bar: {n} employees</translation>
    </message>
    <message>
        <location filename="../../ui/views/unit_view.py" line="280"/>
        <source>Predikat organisasi belum ditetapkan</source>
        <translation>Organisational rating category not yet set</translation>
    </message>
    <message>
        <location filename="../../ui/views/unit_view.py" line="282"/>
        <source>Predikat organisasi belum ditetapkan; pola distribusi belum dapat diperiksa.</source>
        <translation>Organisational rating category not yet set; the distribution pattern cannot be checked yet.</translation>
    </message>
    <message>
        <location filename="../../ui/views/unit_view.py" line="286"/>
        <source>Predikat kinerja organisasi {year}: &lt;b&gt;{predikat}&lt;/b&gt;</source>
        <translation>Organisational performance rating category {year}: &lt;b&gt;{predikat}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/unit_view.py" line="294"/>
        <source>Distribusi sesuai pola</source>
        <translation>Distribution within pattern</translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <location filename="../../ui/views/admin/units.py" line="70"/>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/units.py" line="70"/>
        <source>Pegawai</source>
        <translation>Employees</translation>
    </message>
</context>
<context>
    <name>UnitsTab</name>
    <message>
        <location filename="../../ui/views/admin/units.py" line="172"/>
        <source>Cari unit…</source>
        <translation>Search units…</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/units.py" line="176"/>
        <source>Jabatan di unit terpilih</source>
        <translation>Positions in the selected unit</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/units.py" line="182"/>
        <source>Tambah &amp;unit…</source>
        <translation>Add &amp;unit…</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/units.py" line="184"/>
        <source>Tambah &amp;jabatan…</source>
        <translation>Add &amp;position…</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/units.py" line="248"/>
        <source>Tambah unit kerja</source>
        <translation>Add work unit</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/units.py" line="252"/>
        <source>— unit teratas —</source>
        <translation>— top-level unit —</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/units.py" line="254"/>
        <source>&amp;Nama unit</source>
        <translation>Unit &amp;name</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/units.py" line="255"/>
        <source>&amp;Kode (opsional)</source>
        <translation>&amp;Code (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/units.py" line="256"/>
        <source>&amp;Unit induk</source>
        <translation>&amp;Parent unit</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/units.py" line="266"/>
        <source>Tambahkan unit kerja terlebih dahulu.</source>
        <translation>Add a work unit first.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/units.py" line="268"/>
        <source>Tambah jabatan</source>
        <translation>Add position</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/units.py" line="276"/>
        <source>Memimpin unit ini (kepala unit)</source>
        <translation>Leads this unit (head of unit)</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/units.py" line="277"/>
        <source>&amp;Unit kerja</source>
        <translation>&amp;Work unit</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/units.py" line="278"/>
        <source>&amp;Nama jabatan</source>
        <translation>Position &amp;name</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin/units.py" line="279"/>
        <source>&amp;Jenis jabatan</source>
        <translation>Position &amp;type</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/views/unlock_dialog.py" line="24"/>
        <source>Buka ruang kerja</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock_dialog.py" line="26"/>
        <source>Ruang kerja di {path} dikunci dengan frasa sandi.</source>
        <translation>The workspace at {path} is locked with a passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock_dialog.py" line="33"/>
        <source>Frasa sandi</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock_dialog.py" line="37"/>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock_dialog.py" line="38"/>
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
        <location filename="../../ui/tasks.py" line="257"/>
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
        <location filename="../../ui/views/progress_table.py" line="47"/>
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
        <location filename="../../ui/views/progress_table.py" line="45"/>
        <source>RHK: {rhk}</source>
        <translation>RHK: {rhk}</translation>
    </message>
    <message>
        <location filename="../../ui/views/progress_table.py" line="49"/>
        <source>Capaian s.d. periode</source>
        <translation>Achievement to date</translation>
    </message>
    <message>
        <location filename="../../ui/views/progress_table.py" line="50"/>
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
        <location filename="../../ui/views/team_list.py" line="51"/>
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
        <location filename="../../ui/views/worklog_proposal.py" line="56"/>
        <source>{value} (capaian {percent})</source>
        <translation>{value} ({percent} achieved)</translation>
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
        <location filename="../../ui/views/team_list.py" line="34"/>
        <source>belum ada SKP</source>
        <translation>no SKP yet</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_list.py" line="39"/>
        <source>belum dinilai</source>
        <translation>not rated</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_list.py" line="46"/>
        <source>SKP: {skp} · Penilaian: {rating}</source>
        <translation>SKP: {skp} · Rating: {rating}</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_list.py" line="52"/>
        <source>SKP</source>
        <translation>SKP</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_list.py" line="53"/>
        <source>Penilaian periode</source>
        <translation>Period rating</translation>
    </message>
</context>
</TS>
