# ruff: noqa
"""Article texts of the realistic saved-page corpus (invented events, officials and figures)."""

A = {}

A["r01"] = dict(
    lang="vi",
    title="Ra mắt nền tảng trực tuyến hỗ trợ người lao động đi làm việc ở nước ngoài an toàn",
    standfirst="(Chinhphu.vn) - Sáng 8/10, tại Hà Nội, Bộ Nội vụ phối hợp với Tổ chức Di cư Quốc tế (IOM) ra mắt nền tảng trực tuyến cung cấp thông tin tuyển dụng minh bạch và bồi dưỡng kiến thức trước khi xuất cảnh cho người lao động đi làm việc ở nước ngoài theo hợp đồng.",
    paras=[
        "Phát biểu tại lễ ra mắt, Thứ trưởng Bộ Nội vụ Đỗ Thanh Tùng cho biết mỗi năm Việt Nam đưa khoảng 150.000 lao động đi làm việc ở nước ngoài, chủ yếu tại Nhật Bản, Hàn Quốc và Đài Loan (Trung Quốc). Tuy nhiên, không ít người lao động vẫn phải trả chi phí môi giới vượt quy định hoặc bị lừa đảo bởi các cá nhân, tổ chức không được cấp phép.",
        "“Nền tảng mới cho phép người lao động tra cứu danh sách doanh nghiệp dịch vụ được cấp phép, đối chiếu hợp đồng và mức phí trước khi ký, đồng thời học các bài giảng định hướng bằng điện thoại di động”, Thứ trưởng Đỗ Thanh Tùng nhấn mạnh.",
        "Theo Cục Quản lý lao động ngoài nước, nền tảng tích hợp dữ liệu của hơn 500 doanh nghiệp dịch vụ, cho phép người lao động phản ánh vi phạm và nhận phản hồi trong vòng 5 ngày làm việc. Nội dung bồi dưỡng kiến thức cần thiết được biên soạn theo Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng năm 2020, có hiệu lực từ ngày 1/1/2022.",
        "Bà Elena Marchetti, Trưởng Phái đoàn IOM tại Việt Nam, đánh giá đây là bước đi cụ thể để thực hiện Thỏa thuận toàn cầu về di cư an toàn, trật tự và hợp pháp (GCM), đặc biệt là mục tiêu bảo đảm tuyển dụng công bằng và cung cấp thông tin chính xác, kịp thời ở mọi giai đoạn di cư.",
        "Bà Marchetti cho biết IOM sẽ tiếp tục hỗ trợ kỹ thuật để mở rộng nền tảng sang các thị trường châu Âu và Trung Đông, đồng thời tập huấn cho cán bộ lao động cấp tỉnh tại 12 địa phương có nhiều người đi làm việc ở nước ngoài.",
        "Tại lễ ra mắt, đại diện Hiệp hội Xuất khẩu lao động Việt Nam (VAMAS) cam kết vận động các doanh nghiệp hội viên công khai đầy đủ chi phí trên nền tảng và không thu tiền môi giới của người lao động.",
        "Dự kiến trong quý I/2026, Bộ Nội vụ sẽ đánh giá kết quả vận hành giai đoạn thí điểm và đề xuất kết nối nền tảng với Cổng dịch vụ công quốc gia.",
    ],
    caption="Thứ trưởng Bộ Nội vụ Đỗ Thanh Tùng và Trưởng Phái đoàn IOM tại Việt Nam Elena Marchetti bấm nút ra mắt nền tảng. Ảnh: VGP/Minh Khôi",
    byline="Minh Khôi",
)

A["r02"] = dict(
    lang="vi",
    title="Hà Tĩnh: Cảnh báo thủ đoạn lừa đưa người đi lao động “chui” sang châu Âu",
    standfirst="Chiều 20/11, Công an tỉnh Hà Tĩnh phối hợp với Tổ chức Di cư Quốc tế (IOM) tổ chức hội nghị tuyên truyền phòng, chống mua bán người và di cư trái phép cho hơn 300 đoàn viên, thanh niên tại huyện Can Lộc.",
    paras=[
        "Theo Đại tá Lê Văn Sơn, Phó Giám đốc Công an tỉnh Hà Tĩnh, từ đầu năm đến nay lực lượng chức năng đã phát hiện 7 đường dây tổ chức cho người khác xuất cảnh trái phép, chủ yếu núp bóng các công ty du lịch và trung tâm du học, hứa hẹn việc làm lương cao tại Anh, Đức và Pháp.",
        "Các đối tượng thường thu của mỗi người từ 15.000 đến 25.000 USD, đưa người qua nhiều nước trung chuyển bằng thị thực du lịch rồi vượt biên bằng xe tải hoặc xuồng nhỏ. “Nhiều người đến nơi bị giữ giấy tờ, bị ép làm việc trong các trang trại cần sa hoặc tiệm làm móng để trả nợ”, Đại tá Lê Văn Sơn cho biết.",
        "Đại diện IOM tại Việt Nam, ông Trần Quốc Bảo, chia sẻ kinh nghiệm nhận diện dấu hiệu mua bán người và giới thiệu đường dây nóng 111 hỗ trợ nạn nhân. IOM cũng trao tặng 2.000 tờ rơi và tài liệu hướng dẫn các con đường di cư hợp pháp cho Đoàn Thanh niên huyện.",
        "Hội nghị dành nhiều thời gian đối thoại trực tiếp. Nhiều thanh niên đặt câu hỏi về cách kiểm tra giấy phép của doanh nghiệp đưa người đi làm việc ở nước ngoài và các chương trình lao động hợp pháp sang Đức, Hungary.",
        "Trước đó, Hà Tĩnh là một trong những địa phương có nhiều nạn nhân trong vụ 39 người chết trong container tại hạt Essex (Anh) tháng 10/2019. Từ sau vụ việc, tỉnh đã đưa nội dung phòng, chống di cư trái phép vào chương trình sinh hoạt thường kỳ của các thôn, xóm.",
        "Dịp này, Công an tỉnh Hà Tĩnh khuyến cáo người dân chỉ đi làm việc ở nước ngoài thông qua doanh nghiệp được cấp phép, tuyệt đối không giao hộ chiếu và tiền cho người môi giới tự do.",
    ],
    caption="Đại tá Lê Văn Sơn phát biểu tại hội nghị. Ảnh: Thanh Hà",
    byline="Thanh Hà",
)

A["r03"] = dict(
    lang="fr",
    title="Sénégal : la Marine nationale intercepte une pirogue transportant 187 migrants au large de Dakar",
    standfirst="Partie de la Petite-Côte, l'embarcation tentait de rejoindre l'archipel espagnol des Canaries. Ses passagers, dont 14 mineurs, ont été débarqués au port de Dakar.",
    paras=[
        "La Marine nationale sénégalaise a intercepté dimanche une pirogue transportant 187 candidats à l'émigration irrégulière à environ 40 kilomètres au large de Dakar, a annoncé la Direction de l'information et des relations publiques des Armées (DIRPA) dans un communiqué publié lundi.",
        "Selon le capitaine de frégate Ibrahima Ndao, porte-parole de la Marine, le patrouilleur « Fouladou » a repéré l'embarcation grâce à une surveillance aérienne en début de matinée. « Les passagers étaient à bout de forces après deux jours de mer, certains souffraient de déshydratation », a-t-il précisé.",
        "Parmi les personnes interceptées figurent 14 mineurs et 9 femmes, de nationalités sénégalaise, gambienne, guinéenne et malienne. Elles ont été prises en charge au port de Dakar par les équipes de la Croix-Rouge sénégalaise avant d'être remises à la Division nationale de lutte contre le trafic de migrants (DNLT) de la Police nationale.",
        "La DNLT a ouvert une enquête pour identifier les organisateurs du voyage. Chaque passager aurait versé entre 400 000 et 600 000 francs CFA pour une place à bord.",
        "Depuis le début de l'année, la Marine nationale affirme avoir intercepté plus de 3 500 migrants le long des côtes sénégalaises. La route atlantique, l'une des plus meurtrières au monde, a vu arriver plus de 46 000 personnes aux Canaries en 2024, selon le ministère espagnol de l'Intérieur.",
        "Le gouvernement a adopté en 2023 une Stratégie nationale de lutte contre la migration irrégulière, qui prévoit le renforcement de la surveillance maritime et des programmes d'insertion pour les jeunes des localités côtières.",
    ],
    caption="Des migrants débarqués au port de Dakar après leur interception par la Marine nationale. © DIRPA",
    byline="Aminata Diop",
)

A["r04"] = dict(
    lang="es",
    title="Salvamento Marítimo rescata a 231 migrantes de cuatro cayucos al sur de El Hierro",
    standfirst="Entre los ocupantes de las embarcaciones, que llegaron en menos de doce horas al puerto de La Restinga, había 38 mujeres y 27 menores; dos personas fueron trasladadas al hospital.",
    paras=[
        "Santa Cruz de Tenerife, 21 sep (EFE).- Salvamento Marítimo rescató este domingo a 231 migrantes que viajaban en cuatro cayucos al sur de la isla de El Hierro, en una de las jornadas con más llegadas a Canarias en lo que va de año, según informaron fuentes del servicio de rescate.",
        "La primera embarcación, con 64 personas a bordo, fue localizada por el avión Sasemar 103 a unas 9 millas de La Restinga poco después de las 7:00 horas. La Salvamar Adhara la escoltó hasta el muelle, donde la atendieron voluntarios de Cruz Roja Española.",
        "A lo largo de la mañana y la tarde, la misma Salvamar y la Guardamar Caliope rescataron otros tres cayucos con 58, 47 y 62 ocupantes, respectivamente. La mayoría de los migrantes dijeron proceder de Mali, Senegal y Guinea, y haber zarpado desde Nuadibú (Mauritania) hace entre seis y ocho días.",
        "“Llegan muy deshidratados y con quemaduras por el combustible mezclado con agua salada”, explicó a EFE el coordinador de Cruz Roja en El Hierro, Juan Carlos Padrón, quien precisó que dos hombres fueron evacuados al Hospital Insular de Valverde.",
        "El Gobierno de Canarias reiteró su petición de que el Estado active un mecanismo obligatorio de acogida de los menores no acompañados, ya que los centros del archipiélago superan en más del triple su capacidad.",
        "Según los datos del Ministerio del Interior, 18.643 personas han llegado a Canarias por vía marítima entre el 1 de enero y el 15 de septiembre, un 41 % menos que en el mismo periodo del año anterior.",
    ],
    caption="Migrantes desembarcan en el puerto de La Restinga (El Hierro) tras ser rescatados por Salvamento Marítimo. EFE/Gelmert Finol",
    byline="Redacción EFE",
)

A["r05"] = dict(
    lang="es",
    title="Sale de Tapachula una caravana de unos 1.500 migrantes rumbo a la Ciudad de México",
    standfirst="Los migrantes, en su mayoría venezolanos, cubanos y hondureños, denuncian que llevan meses esperando una cita para regularizar su situación en el sur de México.",
    paras=[
        "Tapachula, Chiapas.- Una caravana de alrededor de 1.500 migrantes partió la madrugada de este miércoles de la ciudad de Tapachula, en la frontera sur de México, con la intención de llegar a la Ciudad de México para solicitar documentos que les permitan transitar y trabajar en el país.",
        "Los participantes se reunieron a las 5:00 horas en el parque Bicentenario y avanzaron por la carretera costera hacia Huixtla, acompañados por integrantes del Colectivo Frontera Digna, que organiza la marcha.",
        "“No venimos a hacer daño, solo queremos un papel para trabajar. Llevo cinco meses esperando la cita de la COMAR y mis hijos ya no tienen qué comer”, dijo Yusmary Rodríguez, venezolana de 34 años, que camina con tres niños.",
        "El coordinador del colectivo, Rosendo Cal, exigió al Instituto Nacional de Migración (INM) que entregue oficios de salida y que la Comisión Mexicana de Ayuda a Refugiados (COMAR) agilice los trámites de asilo, que en Tapachula acumulan más de 60.000 solicitudes pendientes.",
        "Agentes del INM y de la Guardia Nacional vigilaron el paso de la caravana en el primer punto de revisión, sin intervenir. En un comunicado, el INM informó que ofreció a los migrantes trasladarse a otras entidades para realizar sus trámites y “privilegiar una migración ordenada y segura”.",
        "Es la cuarta caravana que sale de Tapachula en 2025. Las anteriores se disolvieron en Oaxaca tras acuerdos con las autoridades migratorias.",
    ],
    caption="La caravana avanza por la carretera costera de Chiapas. Foto: Diario del Sur / Carlos Velasco",
    byline="Carlos Velasco",
)

A["r06"] = dict(
    lang="id",
    title="KP2MI Pulangkan 152 Pekerja Migran Nonprosedural dari Malaysia lewat Dumai",
    standfirst="Kementerian Pelindungan Pekerja Migran Indonesia (KP2MI) memulangkan 152 pekerja migran Indonesia (PMI) nonprosedural yang dideportasi Malaysia melalui Pelabuhan Dumai, Riau, Rabu (10/9/2025).",
    paras=[
        "Para PMI tersebut sebelumnya ditahan di Depot Imigresen Machap Umboo, Melaka, karena tidak memiliki dokumen kerja yang sah. Mereka tiba di Pelabuhan Dumai menggunakan kapal feri sekitar pukul 14.00 WIB dan langsung menjalani pemeriksaan kesehatan.",
        'Menteri P2MI Hendra Saputra yang menyambut kedatangan mereka mengatakan sebagian besar PMI berangkat melalui jalur tidak resmi dengan bantuan calo di kampung halaman. "Mereka dijanjikan pekerjaan di perkebunan sawit dan konstruksi, tetapi tiba di sana tanpa visa kerja dan akhirnya ditangkap," ujarnya.',
        "Dari 152 PMI yang dipulangkan, 121 orang laki-laki dan 31 perempuan. Mereka berasal dari Nusa Tenggara Barat, Nusa Tenggara Timur, Jawa Timur dan Sumatera Utara. Empat orang di antaranya dirujuk ke rumah sakit karena sakit kulit dan kelelahan.",
        "Hendra menyebut pemulangan ini hasil koordinasi dengan KBRI Kuala Lumpur, yang sebelumnya memverifikasi kewarganegaraan para PMI dan menerbitkan surat perjalanan laksana paspor (SPLP).",
        "KP2MI akan memfasilitasi kepulangan para PMI ke daerah asal masing-masing dalam tiga hari ke depan. Selain itu, kementerian akan menelusuri jaringan calo yang memberangkatkan mereka bersama kepolisian.",
        '"Kami imbau masyarakat yang ingin bekerja di luar negeri agar mendaftar melalui Layanan Terpadu Satu Atap (LTSA) atau Dinas Tenaga Kerja setempat. Jangan tergiur janji calo," kata Hendra.',
        "Sepanjang Januari hingga Agustus 2025, KP2MI mencatat lebih dari 3.200 PMI nonprosedural dideportasi dari Malaysia melalui pelabuhan Dumai, Tanjung Pinang dan Nunukan.",
    ],
    caption="Pekerja migran Indonesia yang dideportasi dari Malaysia tiba di Pelabuhan Dumai, Riau, Rabu (10/9/2025). (Foto: Dok. KP2MI)",
    byline="Rizky Pratama",
)

A["r07"] = dict(
    lang="id",
    title="Indonesia-Jepang Teken Kerja Sama Penempatan Pekerja Migran Sektor Perawatan",
    standfirst="Kerja sama ini membuka peluang bagi sedikitnya 10.000 tenaga perawat dan careworker Indonesia untuk bekerja di Jepang melalui skema Specified Skilled Worker.",
    paras=[
        "Jakarta - Pemerintah Indonesia dan Jepang menandatangani nota kerja sama (Memorandum of Cooperation) tentang penempatan dan pelindungan pekerja migran di sektor perawatan di Tokyo, Selasa (15/7/2025).",
        "Penandatanganan dilakukan oleh Menteri Pelindungan Pekerja Migran Indonesia Hendra Saputra dan Wakil Menteri Kesehatan, Tenaga Kerja dan Kesejahteraan Jepang Takeshi Morita, disaksikan Duta Besar RI untuk Jepang.",
        "Hendra mengatakan kerja sama tersebut mengatur proses rekrutmen yang adil tanpa biaya penempatan bagi pekerja, pelatihan bahasa Jepang sebelum keberangkatan, serta pengakuan sertifikat kompetensi perawat Indonesia.",
        '"Pekerja kita tidak boleh lagi dibebani biaya yang tinggi. Semua biaya pelatihan dan penempatan ditanggung pemberi kerja sesuai ketentuan," kata Hendra dalam keterangan tertulis yang diterima, Rabu (16/7/2025).',
        "Pihak Jepang, lanjut dia, juga berkomitmen memperkuat mekanisme pengaduan bagi pekerja asing dan menjamin hak yang sama dengan pekerja Jepang, termasuk jaminan sosial.",
        "Saat ini terdapat sekitar 7.000 pekerja perawatan asal Indonesia di Jepang, sebagian besar melalui program Economic Partnership Agreement (EPA) yang berlaku sejak 2008.",
    ],
    caption="Penandatanganan kerja sama penempatan pekerja migran sektor perawatan antara Indonesia dan Jepang di Tokyo. (Dok. KP2MI)",
    byline="Dewi Anggraini",
)

A["r08"] = dict(
    lang="ms",
    title="JIM tahan 86 PATI dalam Op Kutip di Johor Bahru",
    standfirst="Jabatan Imigresen Malaysia (JIM) menahan 86 pendatang asing tanpa izin (PATI) dalam serbuan di sebuah kawasan perumahan pekerja di Johor Bahru awal pagi tadi.",
    paras=[
        "JOHOR BAHRU: Seramai 86 pendatang asing tanpa izin (PATI) ditahan dalam Op Kutip yang dijalankan Jabatan Imigresen Malaysia (JIM) di sebuah kawasan perumahan pekerja binaan di Taman Perling, di sini, awal pagi tadi.",
        "Ketua Pengarah Imigresen, Datuk Rosli Hamzah berkata, operasi bermula kira-kira jam 3 pagi itu melibatkan 120 pegawai dan anggota dari Ibu Pejabat Imigresen Putrajaya serta Imigresen Negeri Johor.",
        "Menurutnya, seramai 214 warga asing diperiksa dan 86 daripadanya ditahan kerana pelbagai kesalahan, termasuk tiada dokumen pengenalan diri, tinggal lebih masa dan menyalahgunakan pas lawatan sosial.",
        '"Mereka yang ditahan terdiri daripada 52 warga Indonesia, 19 warga Bangladesh, 11 warga Myanmar dan empat warga India berusia antara 19 hingga 56 tahun," katanya dalam kenyataan hari ini.',
        "Beliau berkata, semua tahanan dibawa ke Depot Imigresen Setia Tropika untuk tindakan lanjut mengikut Akta Imigresen 1959/63 dan Peraturan-Peraturan Imigresen 1963.",
        "Rosli turut mengingatkan majikan supaya tidak menggaji PATI, kerana mereka boleh didakwa di bawah Seksyen 55B Akta Imigresen yang membawa hukuman denda sehingga RM50,000 bagi setiap pekerja.",
    ],
    caption="Sebahagian PATI yang ditahan dalam Op Kutip di Taman Perling, Johor Bahru. - Foto JIM",
    byline="Nurul Huda Ismail",
)

A["r09"] = dict(
    lang="en",
    title="Immigration nabs 86 undocumented migrants in Johor Baru raid",
    standfirst="Workers' quarters at construction site checked in pre-dawn operation",
    paras=[
        "JOHOR BARU: The Immigration Department detained 86 undocumented migrants in a pre-dawn raid on workers' quarters at a construction site in Taman Perling here on Tuesday (Nov 4).",
        "Its director-general Datuk Rosli Hamzah said 120 officers from the department's headquarters in Putrajaya and the Johor Immigration office took part in the operation, which began at about 3am.",
        '"We checked 214 foreigners and detained 86 of them for various offences, including not having valid identification documents, overstaying and misusing social visit passes," he said in a statement.',
        "Those detained were 52 Indonesians, 19 Bangladeshis, 11 Myanmar nationals and four Indians aged between 19 and 56.",
        "They were taken to the Setia Tropika Immigration Depot for further action under the Immigration Act 1959/63 and the Immigration Regulations 1963.",
        "Rosli reminded employers that hiring undocumented workers is an offence under Section 55B of the Immigration Act, which carries a fine of up to RM50,000 for each worker.",
        "The department said it had detained 31,442 undocumented migrants in operations nationwide between January and October this year.",
    ],
    caption="Immigration officers checking the documents of foreign workers at Taman Perling in Johor Baru. — Photo courtesy of the Immigration Department",
    byline="Ahmad Firdaus",
)

A["r10"] = dict(
    lang="fr",
    title="Gravelines : 63 migrants secourus lors d’une tentative de traversée de la Manche",
    standfirst="Une embarcation surchargée a été prise en charge jeudi matin au large de Gravelines par le patrouilleur de la Marine nationale et une vedette de la SNSM. Une personne a été évacuée vers l’hôpital de Dunkerque.",
    paras=[
        "Soixante-trois personnes ont été secourues jeudi 14 août au matin alors qu’elles tentaient de rejoindre les côtes anglaises à bord d’une embarcation pneumatique surchargée, au large de Gravelines (Nord), a indiqué la préfecture maritime de la Manche et de la mer du Nord.",
        "Le Centre régional opérationnel de surveillance et de sauvetage (CROSS) Gris-Nez a été alerté vers 5 h 40 par un appel de détresse signalant qu’un boudin de l’embarcation se dégonflait. Le patrouilleur Cormoran et la vedette de la SNSM de Gravelines ont été engagés.",
        "« Plusieurs personnes étaient tombées à l’eau au moment de notre arrivée, nous avons pu toutes les récupérer », a témoigné Didier Lemaire, patron de la vedette de la SNSM de Gravelines.",
        "Les naufragés, parmi lesquels douze enfants, ont été débarqués au port de Dunkerque où ils ont été pris en charge par les services de secours et la police aux frontières. Une femme en hypothermie a été évacuée vers le centre hospitalier de Dunkerque.",
    ],
    caption="La vedette de la SNSM de Gravelines a participé au sauvetage. Photo archives La Voix du Littoral / Jean-Marc Hecquet",
    byline="Sophie Vandamme",
)
