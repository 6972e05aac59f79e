"""The demo content of the "Écrire pour les droits" site: French texts and their translations.

The builder in ``home.demo.builder`` reads these entries, makes the pages and translates them.
"""

# Each text stays on one line, whole, so that it reads and translates as written.
# ruff: noqa: E501

from home.demo.text import H2, UL, EmailAddress, Illustration, P, Quote, RetentionPeriods, T

TESTIMONIALS = (
    dict(
        key="jani-silva",
        quote=T(
            fr="Du fond du cœur, je peux dire que cette campagne m’a maintenue en vie, c’est ce qui les a empêchés de me tuer parce qu’ils savent que vous êtes là.",
            ar="من أعماق قلبي، أستطيع أن أقول إن هذه الحملة أبقتني على قيد الحياة، فهي ما منعهم من قتلي لأنهم يعلمون أنكم موجودون.",
            en="From the bottom of my heart, I can say that this campaign has kept me alive; it is what stopped them from killing me, because they know that you are there.",
        ),
        person_name=T(fr="Jani Silva", ar="جاني سيلفا", en="Jani Silva"),
        role=T(
            fr="défenseure de l’environnement", ar="مدافعة عن البيئة", en="environmental defender"
        ),
        country="CO",
        year=2021,
    ),
    dict(
        key="rita-karassartova",
        quote=T(
            fr="Je tiens à exprimer mon immense, immense gratitude… [vos] pétitions, signatures, et le grand nombre de lettres qui sont arrivées jusqu’au tribunal, jusqu’au bureau du procureur – tout cela était très puissant.",
            ar="أريد أن أعبّر عن امتناني الكبير، الكبير جدًا… [إنّ] عرائضكم، وتوقيعاتكم، والعدد الكبير من الرسائل التي وصلت إلى المحكمة، إلى مكتب المدعي العام – كل ذلك كان قويًا جدًا.",
            en="I want to express my immense, immense gratitude… [your] petitions, signatures, and the great number of letters that reached the court, that reached the prosecutor’s office – all of this was very powerful.",
        ),
        person_name=T(fr="Rita Karassartova", ar="ريتا كاراسارتوفا", en="Rita Karassartova"),
        role=T(
            fr="défenseure des droits humains",
            ar="مدافعة عن حقوق الإنسان",
            en="human rights defender",
        ),
        country="KG",
        year=2024,
    ),
)

HOME = dict(
    title=T(fr="Écrire pour les droits", ar="اكتب من أجل الحقوق", en="Write for Rights"),
    search_description=T(
        fr="Écrire pour les droits, la campagne mondiale de lettres d’Amnesty International, avec sa section marocaine. Signez, écrivez, changez une vie.",
        ar="«اكتب من أجل الحقوق»، حملة منظمة العفو الدولية العالمية لكتابة الرسائل، مع فرعها في المغرب. وقّعوا، اكتبوا، وغيّروا حياة إنسان.",
        en="Write for Rights, Amnesty International’s global letter-writing campaign, with its Moroccan section. Sign, write, change a life.",
    ),
    hero_heading=T(
        fr="Agissez dès aujourd’hui pour protéger leurs droits",
        ar="تحرّكوا اليوم لحماية حقوقهم",
        en="Act today to protect their rights",
    ),
    hero_text=T(
        fr="Rejoignez Écrire pour les droits : quelques minutes suffisent pour changer une vie.",
        ar="انضموا إلى حملة «اكتب من أجل الحقوق»: دقائق قليلة تكفي لتغيير حياة إنسان.",
        en="Join Write for Rights: a few minutes are enough to change someone’s life.",
    ),
    intro=(
        P(
            T(
                fr="Ensemble, nous sommes plus forts. C’est l’idée qui porte Écrire pour les droits, la campagne mondiale de lettres d’Amnesty International et la plus grande mobilisation pour les droits humains au monde.",
                ar="معًا نكون أقوى. هذه هي الفكرة التي تقوم عليها حملة «اكتب من أجل الحقوق»، حملة منظمة العفو الدولية العالمية لكتابة الرسائل، وأكبر تعبئة من أجل حقوق الإنسان في العالم.",
                en="Together, we are stronger. That idea drives Write for Rights, Amnesty International’s global letter-writing campaign and the world’s biggest human rights mobilisation.",
            )
        ),
        P(
            T(
                fr="Depuis 2001, des millions de personnes dans plus de 200 pays et territoires écrivent des lettres, signent des pétitions et organisent des événements. Elles agissent pour des personnes dont les droits sont bafoués.",
                ar="منذ عام 2001، يكتب ملايين الأشخاص في أكثر من 200 بلد وإقليم رسائل، ويوقّعون عرائض، وينظّمون فعاليات. وهم يتحركون من أجل أشخاص تُنتهك حقوقهم.",
                en="Since 2001, millions of people in more than 200 countries and territories have written letters, signed petitions and organised events. They act for people whose rights are being violated.",
            )
        ),
        P(
            T(
                fr="Et cela marche. Des personnes emprisonnées injustement retrouvent la liberté, la justice est rendue et des vies changent.",
                ar="وهذا يُحدث فرقًا حقيقيًا. فأشخاص سُجنوا ظلمًا يستعيدون حريتهم، وتتحقق العدالة، وتتغير حياة الناس.",
                en="And it works. People who were unjustly imprisoned walk free, justice is done and lives change.",
            )
        ),
    ),
    impact_text=T(
        fr="Vos lettres et vos signatures ont déjà changé des vies : voici quelques victoires obtenues grâce à vous.",
        ar="لقد غيّرت رسائلكم وتوقيعاتكم حياة أشخاص بالفعل، وإليكم بعض الانتصارات التي تحققت بفضلكم.",
        en="Your letters and signatures have already changed lives. Here are some of the victories you helped to win.",
    ),
    testimonials=("jani-silva", "rita-karassartova"),
    take_part=(
        dict(
            heading=T(fr="Signez une pétition", ar="وقّعوا على عريضة", en="Sign a petition"),
            text=T(
                fr="C’est le moyen le plus rapide d’agir : votre nom rejoint ceux de milliers de personnes dans le monde.",
                ar="إنها أسرع طريقة للتحرك: يُضاف اسمكم إلى أسماء آلاف الأشخاص حول العالم.",
                en="It is the quickest way to act: your name joins those of thousands of people around the world.",
            ),
            page="ecrire-pour-les-droits-2024",
        ),
        dict(
            heading=T(
                fr="Écrivez aux autorités", ar="اكتبوا إلى السلطات", en="Write to the authorities"
            ),
            text=T(
                fr="Adressez une lettre à la personne qui a le pouvoir de faire bouger les choses, qu’il s’agisse d’un roi, d’un président ou d’un procureur.",
                ar="وجّهوا رسالة إلى الشخص الذي يملك صلاحية إحداث التغيير، سواء أكان ملكًا أم رئيسًا أم نائبًا عامًا.",
                en="Send a letter to the person with the power to change things, whether a king, a president or a prosecutor.",
            ),
            page="a-qui-ecrivons-nous",
        ),
        dict(
            heading=T(
                fr="Envoyez un message de solidarité",
                ar="أرسلوا رسالة تضامن",
                en="Send a message of solidarity",
            ),
            text=T(
                fr="Quelques mots d’une personne inconnue peuvent redonner espoir à quelqu’un qui se croit oublié.",
                ar="بضع كلمات من شخص غريب قد تعيد الأمل إلى إنسان يظن أن الجميع قد نسيه.",
                en="A few words from a stranger can bring hope back to someone who feels forgotten.",
            ),
            page="a-qui-ecrivons-nous",
        ),
        dict(
            heading=T(
                fr="Partagez et téléchargez le kit",
                ar="شاركوا القصص ونزّلوا دليل الحملة",
                en="Share and download the kit",
            ),
            text=T(
                fr="Faites connaître ces histoires autour de vous et procurez-vous le kit de la campagne, avec des modèles de lettres et bien plus encore.",
                ar="عرّفوا من حولكم بهذه القصص، واحصلوا على دليل الحملة الذي يتضمن نماذج رسائل وغير ذلك الكثير.",
                en="Tell the people around you about these stories, and get the campaign kit, with model letters and much more.",
            ),
            page="ecrire-pour-les-droits-2024",
        ),
    ),
)

CAMPAIGN = dict(
    key="ecrire-pour-les-droits-2024",
    slug=T(
        fr="ecrire-pour-les-droits-2024",
        ar="ecrire-pour-les-droits-2024",
        en="write-for-rights-2024",
    ),
    title=T(
        fr="Écrire pour les droits 2024", ar="اكتب من أجل الحقوق 2024", en="Write for Rights 2024"
    ),
    year=2024,
    # Write for Rights runs around Human Rights Day (10 December); the section's goal counts
    # every action (signatures, letters, messages) for all the year's cases together.
    starts_on="2024-11-01",
    ends_on="2025-01-31",
    goal=50_000,
    search_description=T(
        fr="Neuf cas, dont deux portés par la section marocaine d’Amnesty International. Signez, écrivez et agissez avec Écrire pour les droits 2024.",
        ar="تسع حالات، منها حالتان يتبناهما فرع منظمة العفو الدولية في المغرب. وقّعوا واكتبوا وتحرّكوا مع «اكتب من أجل الحقوق 2024».",
        en="Nine cases, two of them championed by Amnesty International’s Moroccan section. Sign, write and act with Write for Rights 2024.",
    ),
    introduction=T(
        fr="Cette année, nous agissons pour des personnes du monde entier dont les droits humains ont été bafoués. Deux de ces cas sont soutenus en priorité par la section marocaine d’Amnesty International.",
        ar="نتحرك هذا العام من أجل أشخاص من مختلف أنحاء العالم انتُهكت حقوقهم الإنسانية. ويولي فرع منظمة العفو الدولية في المغرب أولوية خاصة لحالتين منها.",
        en="This year, we are acting for people around the world whose human rights have been violated. Amnesty International’s Moroccan section is giving priority to two of these cases.",
    ),
    body=(
        P(
            T(
                fr="Les personnes que nous soutenons cette année viennent d’horizons très différents, mais elles ont un point commun : leurs droits humains ont été bafoués. Certaines sont en prison, d’autres attendent toujours que justice soit rendue.",
                ar="يأتي الأشخاص الذين ندعمهم هذا العام من خلفيات شديدة التنوع، لكن يجمعهم أمر واحد: لقد انتُهكت حقوقهم الإنسانية. بعضهم خلف القضبان، وبعضهم لا يزال ينتظر أن تتحقق العدالة.",
                en="The people we are supporting this year come from very different backgrounds, but they have one thing in common: their human rights have been violated. Some are in prison; others are still waiting for justice.",
            )
        ),
        P(
            T(
                fr="La section marocaine d’Amnesty International porte en priorité deux cas. Zineb Redouane est morte à Marseille après avoir été touchée par une grenade lacrymogène, et Nasser Zefzafi purge 20 ans de prison pour avoir manifesté pacifiquement.",
                ar="يتبنى فرع منظمة العفو الدولية في المغرب حالتين بصفة أولوية. فقد توفيت زينب رضوان في مرسيليا بعد أن أصابتها قنبلة غاز مسيل للدموع، ويقضي ناصر الزفزافي حكمًا بالسجن 20 عامًا بسبب مشاركته في احتجاجات سلمية.",
                en="Amnesty International’s Moroccan section is championing two cases as a priority. Zineb Redouane died in Marseille after being hit by a tear-gas grenade, and Nasser Zefzafi is serving 20 years in prison for protesting peacefully.",
            )
        ),
        P(
            T(
                fr="En signant des pétitions, en écrivant des lettres de solidarité et en partageant leurs histoires, vous pouvez faire avancer la justice. Ensemble, nous appelons les décideurs à faire ce qui est juste.",
                ar="بتوقيع العرائض، وكتابة رسائل التضامن، ومشاركة قصصهم، يمكنكم أن تساهموا في تحقيق العدالة. ومعًا ندعو أصحاب القرار إلى القيام بما هو صائب.",
                en="By signing petitions, writing letters of solidarity and sharing their stories, you can help bring justice closer. Together, we call on decision-makers to do the right thing.",
            )
        ),
        P(
            T(
                fr="Rejoignez la campagne de cette année. Vous serez aux côtés de celles et ceux qui se battent pour un monde plus juste.",
                ar="انضموا إلى حملة هذا العام، وكونوا إلى جانب من يناضلون من أجل عالم أكثر عدلًا.",
                en="Join this year’s campaign. You will stand alongside people fighting for a fairer world.",
            )
        ),
    ),
)

THEMES = (
    dict(
        key="freedom_of_expression",
        name=T(fr="Liberté d’expression", ar="حرية التعبير", en="Freedom of expression"),
    ),
    dict(
        key="peaceful_protest",
        name=T(fr="Droit de manifester", ar="الحق في الاحتجاج السلمي", en="Right to protest"),
    ),
    dict(key="torture", name=T(fr="Torture", ar="التعذيب", en="Torture")),
    dict(key="environment", name=T(fr="Environnement", ar="البيئة", en="Environment")),
    dict(
        key="indigenous_rights",
        name=T(
            fr="Droits des peuples autochtones",
            ar="حقوق الشعوب الأصلية",
            en="Indigenous peoples’ rights",
        ),
    ),
    dict(
        key="womens_rights", name=T(fr="Droits des femmes", ar="حقوق المرأة", en="Women’s rights")
    ),
    dict(
        key="police_violence",
        name=T(fr="Violences policières", ar="عنف الشرطة", en="Police violence"),
    ),
    dict(
        key="human_rights_defenders",
        name=T(
            fr="Défenseur·e·s des droits humains",
            ar="المدافعون عن حقوق الإنسان",
            en="Human rights defenders",
        ),
    ),
)

PETITION_CONSENT = T(
    fr="J’accepte qu’Amnesty International Maroc utilise mon nom, mon adresse e-mail et mon pays uniquement pour remettre cette pétition aux autorités et me tenir informé·e de ce cas. Mes données ne seront jamais vendues ni partagées à d’autres fins, et je peux demander leur suppression à tout moment.",
    ar="أوافق على أن يستخدم فرع منظمة العفو الدولية في المغرب اسمي وعنوان بريدي الإلكتروني وبلدي لغرضين فقط: تسليم هذه العريضة إلى السلطات، وإطلاعي على مستجدات هذه الحالة. لن تُباع بياناتي أبدًا ولن تُشارَك لأي غرض آخر، ويمكنني أن أطلب حذفها في أي وقت.",
    en="I agree that Amnesty International Morocco may use my name, email address and country only to deliver this petition to the authorities and to keep me informed about this case. My data will never be sold or shared for any other purpose, and I can ask for it to be deleted at any time.",
)

SOLIDARITY_CONSENT = T(
    fr="J’accepte que mon message, mon prénom et ma ville puissent être affichés sur ce site après modération et transmis à la personne soutenue ou à sa famille.",
    ar="أوافق على أن تُنشر رسالتي واسمي الشخصي ومدينتي على هذا الموقع بعد مراجعتها، وعلى أن تُنقل إلى الشخص الذي ندعمه أو إلى عائلته.",
    en="I agree that my message, first name and city may be shown on this site after moderation and passed on to the person we are supporting or to their family.",
)

SOLIDARITY_INTRO = T(
    fr="Un simple message peut redonner courage à une personne qui se sent seule face à l’injustice. Écrivez quelques mots d’espoir et de solidarité : ils comptent plus que vous ne le pensez.",
    ar="رسالة بسيطة قد تعيد الشجاعة إلى إنسان يشعر بأنه وحيد في مواجهة الظلم. اكتبوا بضع كلمات أمل وتضامن، فهي أهم مما تظنون.",
    en="A simple message can give courage back to someone who feels alone in the face of injustice. Write a few words of hope and solidarity: they matter more than you think.",
)

KIT = dict(
    title=T(
        fr="Kit de la campagne Écrire pour les droits",
        ar="دليل حملة «اكتب من أجل الحقوق»",
        en="Write for Rights campaign kit",
    ),
    description=T(
        fr="Des modèles de lettres, les adresses des autorités et des conseils pour écrire vos lettres et organiser un événement près de chez vous.",
        ar="نماذج رسائل، وعناوين السلطات، ونصائح لكتابة رسائلكم وتنظيم فعالية بالقرب منكم.",
        en="Model letters, the authorities’ addresses and tips for writing your letters and organising an event near you.",
    ),
)

CASES = (
    dict(
        key="zineb-redouane",
        slug=T(fr="zineb-redouane", ar="zineb-redouane", en="zineb-redouane"),
        title=T(fr="Zineb Redouane", ar="زينب رضوان", en="Zineb Redouane"),
        person_name=T(fr="Zineb Redouane", ar="زينب رضوان", en="Zineb Redouane"),
        country="FR",
        person="woman",
        summary=T(
            fr="Morte après avoir été touchée par une grenade lacrymogène en fermant sa fenêtre",
            ar="توفيت بعد أن أصابتها قنبلة غاز مسيل للدموع بينما كانت تغلق نافذتها",
            en="Died after being hit by a tear-gas grenade as she closed her window",
        ),
        status="awaiting_justice",
        status_date="2018-12-02",
        story=(
            P(
                T(
                    fr="Zineb Redouane avait 80 ans et vivait à Marseille, en France. Le 1er décembre 2018, une manifestation se déroulait dans la rue, juste sous ses fenêtres.",
                    ar="كانت زينب رضوان تبلغ من العمر 80 عامًا، وتعيش في مدينة مرسيليا بفرنسا. وفي 1 دجنبر 2018، كانت مظاهرة تجري في الشارع أسفل نوافذ شقتها مباشرة.",
                    en="Zineb Redouane was 80 years old and lived in Marseille, France. On 1 December 2018, a demonstration was taking place in the street just below her flat.",
                )
            ),
            P(
                T(
                    fr="Alors qu’elle fermait sa fenêtre, elle a été touchée au visage par une grenade lacrymogène tirée par la police. Elle est morte le lendemain, le 2 décembre 2018.",
                    ar="وبينما كانت تغلق نافذتها، أصابتها في وجهها قنبلة غاز مسيل للدموع أطلقتها الشرطة. وتوفيت في اليوم التالي، 2 دجنبر 2018.",
                    en="As she was closing her window, she was hit in the face by a tear-gas grenade fired by the police. She died the next day, 2 December 2018.",
                )
            ),
            P(
                T(
                    fr="Sa mort montre le danger d’un usage imprudent des grenades lacrymogènes pendant les manifestations. Des années plus tard, sa famille réclame toujours justice.",
                    ar="تكشف وفاتها خطورة الاستخدام المتهور لقنابل الغاز المسيل للدموع خلال المظاهرات. وبعد مرور سنوات، لا تزال عائلتها تطالب بالعدالة.",
                    en="Her death shows the danger of reckless use of tear-gas grenades during demonstrations. Years later, her family is still seeking justice.",
                )
            ),
            P(
                T(
                    fr="Nous demandons que toute la lumière soit faite sur sa mort et que les responsables rendent des comptes. Zineb et sa famille ont droit à la justice.",
                    ar="نطالب بكشف الحقيقة كاملة بشأن وفاتها وبمحاسبة المسؤولين عنها. فمن حق زينب وعائلتها أن ينالوا العدالة.",
                    en="We are calling for the full truth about her death and for those responsible to be held to account. Zineb and her family deserve justice.",
                )
            ),
        ),
        authority_title=T(
            fr="Ministre français de la Justice",
            ar="وزير العدل الفرنسي",
            en="French Minister of Justice",
        ),
        portrait_alt=T(
            fr="Illustration : silhouette stylisée sur fond coloré, évoquant Zineb Redouane",
            ar="رسم توضيحي: صورة ظلية مبسّطة على خلفية ملوّنة ترمز إلى زينب رضوان",
            en="Illustration: a stylised silhouette on a coloured background, representing Zineb Redouane",
        ),
        search_description=T(
            fr="Zineb Redouane, 80 ans, est morte à Marseille après avoir été touchée par une grenade lacrymogène. Réclamez justice pour elle et sa famille.",
            ar="توفيت زينب رضوان، 80 عامًا، في مرسيليا بعد أن أصابتها قنبلة غاز مسيل للدموع. طالبوا بالعدالة لها ولعائلتها.",
            en="Zineb Redouane, 80, died in Marseille after being hit by a tear-gas grenade. Demand justice for her and her family.",
        ),
        is_section_priority=True,
        themes=("police_violence", "peaceful_protest"),
        authority_address=(
            T(
                fr="Ministère de la Justice",
                ar="Ministère de la Justice",
                en="Ministère de la Justice",
            ),
            T(fr="13 place Vendôme", ar="13 place Vendôme", en="13 place Vendôme"),
            T(fr="75042 PARIS CEDEX 01", ar="75042 PARIS CEDEX 01", en="75042 PARIS CEDEX 01"),
            T(fr="FRANCE", ar="FRANCE", en="FRANCE"),
        ),
        authority_email="",
        authority_handle="@justice_gouv",
        petition=dict(
            call_to_action=T(
                fr="Demandez justice pour Zineb Redouane",
                ar="طالبوا بالعدالة لزينب رضوان",
                en="Demand justice for Zineb Redouane",
            ),
            goal=20000,
            thank_you=T(
                fr="Merci d’agir pour Zineb Redouane et sa famille ! Allez plus loin : écrivez aussi au ministre de la Justice et partagez son histoire autour de vous.",
                ar="شكرًا لتحرككم من أجل زينب رضوان وعائلتها! اذهبوا أبعد من ذلك: اكتبوا أيضًا إلى وزير العدل، وشاركوا قصتها مع من حولكم.",
                en="Thank you for taking action for Zineb Redouane and her family! Go further: write to the Minister of Justice too, and share her story with the people around you.",
            ),
        ),
        letter=dict(
            subject=T(
                fr="Justice pour Zineb Redouane, morte à Marseille en décembre 2018",
                ar="العدالة لزينب رضوان التي توفيت في مرسيليا في دجنبر 2018",
                en="Justice for Zineb Redouane, who died in Marseille in December 2018",
            ),
            body=(
                P(T(fr="Monsieur le Ministre,", ar="معالي الوزير،", en="Dear Minister,")),
                P(
                    T(
                        fr="Je vous écris au sujet de Zineb Redouane, une femme de 80 ans qui vivait à Marseille. Le 1er décembre 2018, alors qu’une manifestation se déroulait sous ses fenêtres, elle a été touchée au visage par une grenade lacrymogène tirée par la police au moment où elle fermait sa fenêtre. Elle est morte le lendemain, le 2 décembre 2018.",
                        ar="أكتب إليكم بشأن زينب رضوان، وهي امرأة كانت تبلغ من العمر 80 عامًا وتعيش في مرسيليا. ففي 1 دجنبر 2018، وبينما كانت مظاهرة تجري أسفل نوافذ شقتها، أصابتها في وجهها قنبلة غاز مسيل للدموع أطلقتها الشرطة في اللحظة التي كانت تغلق فيها نافذتها. وتوفيت في اليوم التالي، 2 دجنبر 2018.",
                        en="I am writing to you about Zineb Redouane, an 80-year-old woman who lived in Marseille. On 1 December 2018, while a demonstration was taking place below her flat, she was hit in the face by a tear-gas grenade fired by the police as she was closing her window. She died the next day, 2 December 2018.",
                    )
                ),
                P(
                    T(
                        fr="Des années plus tard, sa famille attend toujours que justice soit rendue. Sa mort montre le danger d’un usage imprudent des grenades lacrymogènes lors des manifestations.",
                        ar="وبعد مرور سنوات، لا تزال عائلتها تنتظر أن تتحقق العدالة. وتكشف وفاتها خطورة الاستخدام المتهور لقنابل الغاز المسيل للدموع خلال المظاهرات.",
                        en="Years later, her family is still waiting for justice. Her death shows the danger of the reckless use of tear-gas grenades during demonstrations.",
                    )
                ),
                P(
                    T(
                        fr="Je vous demande de veiller à ce que toute la lumière soit faite sur la mort de Zineb Redouane, que les responsables rendent des comptes et que sa famille obtienne justice.",
                        ar="وأطلب منكم الحرص على كشف الحقيقة كاملة بشأن وفاة زينب رضوان، وعلى محاسبة المسؤولين عنها، وعلى أن تنال عائلتها العدالة.",
                        en="I urge you to ensure that the full truth about Zineb Redouane’s death is established, that those responsible are held to account and that her family obtains justice.",
                    )
                ),
                P(
                    T(
                        fr="Veuillez agréer, Monsieur le Ministre, l’expression de ma haute considération.",
                        ar="وتفضلوا معاليكم بقبول فائق الاحترام والتقدير.",
                        en="Yours sincerely,",
                    )
                ),
            ),
        ),
        share_text=T(
            fr="Zineb Redouane, 80 ans, est morte à Marseille après avoir été touchée par une grenade lacrymogène en fermant sa fenêtre. Sa famille attend toujours justice. Agissez avec nous ! #ÉcrirePourLesDroits",
            ar="توفيت زينب رضوان، 80 عامًا، في مرسيليا بعد أن أصابتها قنبلة غاز مسيل للدموع بينما كانت تغلق نافذتها. ولا تزال عائلتها تنتظر العدالة. تحرّكوا معنا! #اكتب_من_أجل_الحقوق",
            en="Zineb Redouane, 80, died in Marseille after being hit by a tear-gas grenade as she closed her window. Her family is still waiting for justice. Act with us! #WriteForRights",
        ),
    ),
    dict(
        key="nasser-zefzafi",
        slug=T(fr="nasser-zefzafi", ar="nasser-zefzafi", en="nasser-zefzafi"),
        title=T(fr="Nasser Zefzafi", ar="ناصر الزفزافي", en="Nasser Zefzafi"),
        person_name=T(fr="Nasser Zefzafi", ar="ناصر الزفزافي", en="Nasser Zefzafi"),
        country="MA",
        person="man",
        summary=T(
            fr="Vingt ans de prison pour avoir manifesté pacifiquement",
            ar="عشرون عامًا في السجن بسبب الاحتجاج السلمي",
            en="Twenty years in prison for protesting peacefully",
        ),
        status="detained",
        status_date="2017-05-01",
        story=(
            P(
                T(
                    fr="Nasser Zefzafi est un défenseur des droits humains marocain. Il est l’une des figures du Hirak, le mouvement de protestation du Rif.",
                    ar="ناصر الزفزافي مدافع مغربي عن حقوق الإنسان. وهو من أبرز وجوه «الحراك»، حركة الاحتجاج في منطقة الريف.",
                    en="Nasser Zefzafi is a Moroccan human rights defender. He is one of the leading figures of the Hirak, the protest movement in the Rif.",
                )
            ),
            P(
                T(
                    fr="Il a été arrêté en mai 2017. Il purge aujourd’hui une peine de 20 ans de prison pour avoir manifesté pacifiquement.",
                    ar="اعتُقل في ماي 2017. ويقضي اليوم حكمًا بالسجن 20 عامًا بسبب مشاركته في احتجاجات سلمية.",
                    en="He was arrested in May 2017. He is now serving a 20-year prison sentence for protesting peacefully.",
                )
            ),
            P(
                T(
                    fr="Il a subi des actes de torture et d’autres mauvais traitements. Ses conditions de détention sont déplorables et sa santé se dégrade.",
                    ar="تعرّض للتعذيب ولغيره من ضروب سوء المعاملة. وظروف احتجازه مزرية، فيما تتدهور حالته الصحية.",
                    en="He has been subjected to torture and other ill-treatment. He is held in appalling conditions, and his health is declining.",
                )
            ),
            P(
                T(
                    fr="Personne ne devrait être emprisonné pour avoir manifesté pacifiquement. Nous demandons sa libération immédiate et sans condition.",
                    ar="لا ينبغي أن يُسجن أي شخص بسبب الاحتجاج السلمي. ونطالب بالإفراج عنه فورًا ودون قيد أو شرط.",
                    en="No one should be imprisoned for protesting peacefully. We are calling for his immediate and unconditional release.",
                )
            ),
        ),
        authority_title=T(
            fr="Chef du gouvernement du Maroc",
            ar="رئيس الحكومة المغربية",
            en="Head of Government of Morocco",
        ),
        portrait_alt=T(
            fr="Illustration : silhouette stylisée sur fond coloré, évoquant Nasser Zefzafi",
            ar="رسم توضيحي: صورة ظلية مبسّطة على خلفية ملوّنة ترمز إلى ناصر الزفزافي",
            en="Illustration: a stylised silhouette on a coloured background, representing Nasser Zefzafi",
        ),
        search_description=T(
            fr="Figure du Hirak du Rif, Nasser Zefzafi purge 20 ans de prison pour avoir manifesté pacifiquement. Demandez sa libération.",
            ar="يقضي ناصر الزفزافي، أحد وجوه حراك الريف، حكمًا بالسجن 20 عامًا بسبب احتجاجه السلمي. طالبوا بالإفراج عنه.",
            en="Nasser Zefzafi, a figure of the Rif’s Hirak movement, is serving 20 years in prison for peaceful protest. Call for his release.",
        ),
        is_section_priority=True,
        themes=("peaceful_protest", "torture", "human_rights_defenders"),
        authority_address=(
            T(
                fr="Présidence du Gouvernement",
                ar="رئاسة الحكومة",
                en="Office of the Head of Government",
            ),
            T(fr="Palais royal, Touarga", ar="القصر الملكي، تواركة", en="Royal Palace, Touarga"),
            T(fr="10000 Rabat", ar="10000 الرباط", en="10000 Rabat"),
            T(fr="MAROC", ar="المغرب", en="MOROCCO"),
        ),
        authority_email="",
        authority_handle="",
        petition=dict(
            call_to_action=T(
                fr="Demandez la libération de Nasser Zefzafi",
                ar="طالبوا بالإفراج عن ناصر الزفزافي",
                en="Call for Nasser Zefzafi’s release",
            ),
            goal=20000,
            thank_you=T(
                fr="Merci d’agir pour Nasser Zefzafi ! Allez plus loin : écrivez aussi au chef du gouvernement et partagez son histoire autour de vous.",
                ar="شكرًا لتحرككم من أجل ناصر الزفزافي! اذهبوا أبعد من ذلك: اكتبوا أيضًا إلى رئيس الحكومة، وشاركوا قصته مع من حولكم.",
                en="Thank you for taking action for Nasser Zefzafi! Go further: write to the Head of Government too, and share his story with the people around you.",
            ),
        ),
        letter=dict(
            subject=T(
                fr="Libération de Nasser Zefzafi, emprisonné pour avoir manifesté pacifiquement",
                ar="الإفراج عن ناصر الزفزافي المسجون بسبب احتجاجه السلمي",
                en="Release Nasser Zefzafi, imprisoned for peaceful protest",
            ),
            body=(
                P(
                    T(
                        fr="Monsieur le Chef du gouvernement,",
                        ar="السيد رئيس الحكومة المحترم،",
                        en="Dear Head of Government,",
                    )
                ),
                P(
                    T(
                        fr="Je vous écris au sujet de Nasser Zefzafi, défenseur des droits humains et l’une des figures du Hirak, le mouvement de protestation du Rif. Arrêté en mai 2017, il purge une peine de 20 ans de prison pour avoir manifesté pacifiquement.",
                        ar="أكتب إليكم بشأن ناصر الزفزافي، المدافع عن حقوق الإنسان وأحد أبرز وجوه «الحراك»، حركة الاحتجاج في منطقة الريف. فقد اعتُقل في ماي 2017، ويقضي حكمًا بالسجن 20 عامًا بسبب مشاركته في احتجاجات سلمية.",
                        en="I am writing to you about Nasser Zefzafi, a human rights defender and one of the leading figures of the Hirak, the protest movement in the Rif. Arrested in May 2017, he is serving a 20-year prison sentence for protesting peacefully.",
                    )
                ),
                P(
                    T(
                        fr="Il a subi des actes de torture et d’autres mauvais traitements. Ses conditions de détention sont déplorables et sa santé se dégrade. Personne ne devrait être emprisonné pour avoir manifesté pacifiquement.",
                        ar="وقد تعرّض للتعذيب ولغيره من ضروب سوء المعاملة. وظروف احتجازه مزرية، فيما تتدهور حالته الصحية. ولا ينبغي أن يُسجن أي شخص بسبب الاحتجاج السلمي.",
                        en="He has been subjected to torture and other ill-treatment. He is held in appalling conditions, and his health is declining. No one should be imprisoned for protesting peacefully.",
                    )
                ),
                P(
                    T(
                        fr="Je vous demande d’œuvrer pour que Nasser Zefzafi soit libéré immédiatement et sans condition. Dans l’attente de sa libération, il doit être protégé de la torture et des autres mauvais traitements et recevoir les soins médicaux dont il a besoin.",
                        ar="وأطلب منكم العمل على الإفراج عن ناصر الزفزافي فورًا ودون قيد أو شرط. وإلى حين الإفراج عنه، يجب حمايته من التعذيب وغيره من ضروب سوء المعاملة، وتمكينه من الرعاية الطبية التي يحتاج إليها.",
                        en="I urge you to work for Nasser Zefzafi’s immediate and unconditional release. Until he is released, he must be protected from torture and other ill-treatment and receive the medical care he needs.",
                    )
                ),
                P(
                    T(
                        fr="Veuillez agréer, Monsieur le Chef du gouvernement, l’expression de ma haute considération.",
                        ar="وتفضلوا، السيد رئيس الحكومة، بقبول فائق الاحترام والتقدير.",
                        en="Yours sincerely,",
                    )
                ),
            ),
        ),
        share_text=T(
            fr="Nasser Zefzafi, figure du Hirak du Rif, purge 20 ans de prison pour avoir manifesté pacifiquement. Torturé, il voit sa santé se dégrader. Demandez sa libération ! #ÉcrirePourLesDroits",
            ar="يقضي ناصر الزفزافي، أحد وجوه حراك الريف، حكمًا بالسجن 20 عامًا بسبب احتجاجه السلمي. تعرّض للتعذيب وصحته تتدهور. طالبوا بالإفراج عنه! #اكتب_من_أجل_الحقوق",
            en="Nasser Zefzafi, a figure of the Rif’s Hirak movement, is serving 20 years in prison for peaceful protest. He has been tortured and his health is declining. Call for his release! #WriteForRights",
        ),
    ),
    dict(
        key="manahel-al-otaibi",
        slug=T(fr="manahel-al-otaibi", ar="manahel-al-otaibi", en="manahel-al-otaibi"),
        title=T(fr="Manahel al Otaibi", ar="مناهل العتيبي", en="Manahel al-Otaibi"),
        person_name=T(fr="Manahel al Otaibi", ar="مناهل العتيبي", en="Manahel al-Otaibi"),
        country="SA",
        person="woman",
        summary=T(
            fr="Onze ans de prison pour ses publications sur les réseaux sociaux",
            ar="أحد عشر عامًا في السجن بسبب منشوراتها على وسائل التواصل الاجتماعي",
            en="Eleven years in prison for her social media posts",
        ),
        status="detained",
        status_date="2022-11-01",
        story=(
            P(
                T(
                    fr="Manahel al Otaibi est professeure de fitness et militante des droits des femmes en Arabie saoudite. Sur les réseaux sociaux, elle montrait ses choix vestimentaires et exprimait son soutien aux droits des femmes.",
                    ar="مناهل العتيبي مدرّبة لياقة بدنية وناشطة في مجال حقوق المرأة في المملكة العربية السعودية. كانت تعبّر على وسائل التواصل الاجتماعي عن اختياراتها في اللباس وعن دعمها لحقوق المرأة.",
                    en="Manahel al-Otaibi is a fitness instructor and women’s rights activist in Saudi Arabia. On social media, she shared her choice of clothing and her support for women’s rights.",
                )
            ),
            P(
                T(
                    fr="Elle est détenue depuis novembre 2022 à cause de ces publications. Elle a été condamnée à 11 ans de prison.",
                    ar="وهي محتجزة منذ نونبر 2022 بسبب هذه المنشورات. وقد صدر بحقها حكم بالسجن 11 عامًا.",
                    en="She has been detained since November 2022 because of these posts. She has been sentenced to 11 years in prison.",
                )
            ),
            P(
                T(
                    fr="Choisir ses vêtements et défendre l’égalité ne sont pas des crimes. Sa condamnation envoie un message glaçant à toutes celles qui voudraient s’exprimer.",
                    ar="إن اختيار المرء لملابسه والدفاع عن المساواة ليسا جريمة. ويبعث الحكم عليها برسالة ترهيب إلى كل امرأة تريد أن تُسمع صوتها.",
                    en="Choosing what to wear and standing up for equality are not crimes. Her sentence sends a chilling message to every woman who wants to speak out.",
                )
            ),
            P(
                T(
                    fr="Nous demandons sa libération immédiate et sans condition. Vos lettres peuvent lui montrer que le monde ne l’oublie pas.",
                    ar="نطالب بالإفراج عنها فورًا ودون قيد أو شرط. ويمكن لرسائلكم أن تُظهر لها أن العالم لم ينسها.",
                    en="We are calling for her immediate and unconditional release. Your letters can show her that the world has not forgotten her.",
                )
            ),
        ),
        authority_title=T(
            fr="Roi d’Arabie saoudite", ar="ملك المملكة العربية السعودية", en="King of Saudi Arabia"
        ),
        portrait_alt=T(
            fr="Illustration : silhouette stylisée sur fond coloré, évoquant Manahel al Otaibi",
            ar="رسم توضيحي: صورة ظلية مبسّطة على خلفية ملوّنة ترمز إلى مناهل العتيبي",
            en="Illustration: a stylised silhouette on a coloured background, representing Manahel al-Otaibi",
        ),
        search_description=T(
            fr="Militante des droits des femmes, Manahel al Otaibi est détenue en Arabie saoudite pour ses publications en ligne. Demandez sa libération.",
            ar="مناهل العتيبي ناشطة في مجال حقوق المرأة، محتجزة في السعودية بسبب منشوراتها على الإنترنت. طالبوا بالإفراج عنها.",
            en="Women’s rights activist Manahel al-Otaibi is detained in Saudi Arabia for her online posts. Call for her release.",
        ),
        is_section_priority=False,
        themes=("womens_rights", "freedom_of_expression"),
        authority_address=(
            T(
                fr="Office of His Majesty the King",
                ar="مكتب جلالة الملك",
                en="Office of His Majesty the King",
            ),
            T(fr="Royal Court", ar="الديوان الملكي", en="Royal Court"),
            T(fr="Riyadh", ar="الرياض", en="Riyadh"),
            T(fr="ARABIE SAOUDITE", ar="المملكة العربية السعودية", en="KINGDOM OF SAUDI ARABIA"),
        ),
        authority_email="",
        authority_handle="",
        petition=dict(
            call_to_action=T(
                fr="Demandez la libération de Manahel al Otaibi",
                ar="طالبوا بالإفراج عن مناهل العتيبي",
                en="Call for Manahel al-Otaibi’s release",
            ),
            goal=10000,
            thank_you=T(
                fr="Merci d’agir pour Manahel al Otaibi ! Allez plus loin : écrivez aussi au roi d’Arabie saoudite et partagez son histoire autour de vous.",
                ar="شكرًا لتحرككم من أجل مناهل العتيبي! اذهبوا أبعد من ذلك: اكتبوا أيضًا إلى ملك المملكة العربية السعودية، وشاركوا قصتها مع من حولكم.",
                en="Thank you for taking action for Manahel al-Otaibi! Go further: write to the King of Saudi Arabia too, and share her story with the people around you.",
            ),
        ),
        letter=dict(
            subject=T(
                fr="Libération de Manahel al Otaibi, militante des droits des femmes",
                ar="الإفراج عن مناهل العتيبي، الناشطة في مجال حقوق المرأة",
                en="Release Manahel al-Otaibi, women’s rights activist",
            ),
            body=(
                P(T(fr="Majesté,", ar="صاحب الجلالة،", en="Your Majesty,")),
                P(
                    T(
                        fr="Je me permets de vous écrire au sujet de Manahel al Otaibi, professeure de fitness et militante des droits des femmes. Sur les réseaux sociaux, elle montrait ses choix vestimentaires et exprimait son soutien aux droits des femmes. Détenue depuis novembre 2022 à cause de ces publications, elle a été condamnée à 11 ans de prison.",
                        ar="أتشرف بالكتابة إلى جلالتكم بشأن مناهل العتيبي، مدرّبة اللياقة البدنية والناشطة في مجال حقوق المرأة. كانت تعبّر على وسائل التواصل الاجتماعي عن اختياراتها في اللباس وعن دعمها لحقوق المرأة. وهي محتجزة منذ نونبر 2022 بسبب هذه المنشورات، وقد صدر بحقها حكم بالسجن 11 عامًا.",
                        en="I am writing to you about Manahel al-Otaibi, a fitness instructor and women’s rights activist. On social media, she shared her choice of clothing and her support for women’s rights. Detained since November 2022 because of these posts, she has been sentenced to 11 years in prison.",
                    )
                ),
                P(
                    T(
                        fr="Choisir ses vêtements et défendre l’égalité ne sont pas des crimes. Manahel al Otaibi n’a fait qu’exercer pacifiquement son droit à la liberté d’expression.",
                        ar="إن اختيار المرء لملابسه والدفاع عن المساواة ليسا جريمة. ولم تفعل مناهل العتيبي سوى ممارسة حقها في حرية التعبير بصورة سلمية.",
                        en="Choosing what to wear and standing up for equality are not crimes. Manahel al-Otaibi has done nothing more than peacefully exercise her right to freedom of expression.",
                    )
                ),
                P(
                    T(
                        fr="Je demande respectueusement à Votre Majesté d’ordonner la libération immédiate et sans condition de Manahel al Otaibi.",
                        ar="وألتمس من جلالتكم التكرم بالأمر بالإفراج عن مناهل العتيبي فورًا ودون قيد أو شرط.",
                        en="I respectfully urge Your Majesty to order the immediate and unconditional release of Manahel al-Otaibi.",
                    )
                ),
                P(
                    T(
                        fr="Je prie Votre Majesté d’agréer l’expression de mon profond respect.",
                        ar="وتفضلوا جلالتكم بقبول فائق الاحترام والتقدير.",
                        en="Yours respectfully,",
                    )
                ),
            ),
        ),
        share_text=T(
            fr="Manahel al Otaibi, militante des droits des femmes, est condamnée à 11 ans de prison en Arabie saoudite pour ses publications sur ses vêtements et l’égalité. Demandez sa libération ! #ÉcrirePourLesDroits",
            ar="حُكم على مناهل العتيبي، الناشطة في مجال حقوق المرأة، بالسجن 11 عامًا في السعودية بسبب منشوراتها عن ملابسها وعن المساواة. طالبوا بالإفراج عنها! #اكتب_من_أجل_الحقوق",
            en="Women’s rights activist Manahel al-Otaibi has been sentenced to 11 years in prison in Saudi Arabia for posts about her clothing and equality. Call for her release! #WriteForRights",
        ),
    ),
    dict(
        key="joel-paredes",
        slug=T(fr="joel-paredes", ar="joel-paredes", en="joel-paredes"),
        title=T(fr="Joel Paredes", ar="جويل باريديس", en="Joel Paredes"),
        person_name=T(fr="Joel Paredes", ar="جويل باريديس", en="Joel Paredes"),
        country="AR",
        person="man",
        summary=T(
            fr="Éborgné par la police pour avoir manifesté pacifiquement",
            ar="فقد البصر في إحدى عينيه برصاص الشرطة خلال احتجاج سلمي",
            en="Blinded in one eye by police at a peaceful protest",
        ),
        status="awaiting_justice",
        status_date="2023-07-01",
        story=(
            P(
                T(
                    fr="Joel Paredes est un jeune père, céramiste et musicien, qui vit dans la province de Jujuy, au nord de l’Argentine. En 2023, il a rejoint une manifestation pacifique contre une réforme de la constitution provinciale.",
                    ar="جويل باريديس أب شاب، يعمل في صناعة الخزف ويعزف الموسيقى، ويعيش في مقاطعة خوخوي شمال الأرجنتين. في عام 2023، شارك في احتجاج سلمي على تعديل دستور المقاطعة.",
                    en="Joel Paredes is a young father, a ceramicist and a musician from the province of Jujuy, in northern Argentina. In 2023, he joined a peaceful protest against changes to the provincial constitution.",
                )
            ),
            P(
                T(
                    fr="La police a tiré des balles en caoutchouc sur la foule. Touché à l’œil droit, Joel en a perdu la vue et souffre encore de douleurs qui pèsent sur son quotidien.",
                    ar="أطلقت الشرطة الرصاص المطاطي على الحشد. وأصيب جويل في عينه اليمنى ففقد البصر فيها، ولا يزال يعاني من آلام تُثقل حياته اليومية.",
                    en="Police fired rubber bullets into the crowd. Joel was hit in the right eye and lost the sight in it, and he still lives with pain that weighs on his daily life.",
                )
            ),
            P(
                T(
                    fr="À ce jour, personne n’a eu à répondre de ses blessures ni de celles des autres manifestants. Manifester pacifiquement est un droit : personne ne devrait y perdre un œil.",
                    ar="وحتى اليوم، لم يُحاسَب أحد على إصابته ولا على إصابات غيره من المحتجين. فالاحتجاج السلمي حق، ولا ينبغي أن يفقد أحد عينه بسبب ممارسته.",
                    en="To this day, no one has been held to account for his injuries or those of other protesters. Peaceful protest is a right: no one should lose an eye for it.",
                )
            ),
            P(
                T(
                    fr="Nous demandons une enquête rapide et indépendante sur ce qui lui est arrivé. Les responsables doivent rendre des comptes, et Joel doit obtenir justice et réparation.",
                    ar="نطالب بإجراء تحقيق عاجل ومستقل فيما تعرّض له. ويجب أن يُحاسَب المسؤولون، وأن ينال جويل العدالة والإنصاف.",
                    en="We are calling for a prompt and independent investigation into what happened to him. Those responsible must be held to account, and Joel must receive justice and reparation.",
                )
            ),
        ),
        authority_title=T(
            fr="Procureur général de la province de Jujuy, en Argentine",
            ar="النائب العام لمقاطعة خوخوي في الأرجنتين",
            en="Attorney General of the province of Jujuy, Argentina",
        ),
        portrait_alt=T(
            fr="Illustration : silhouette stylisée sur fond coloré, évoquant Joel Paredes",
            ar="رسم توضيحي: صورة ظلية مبسّطة على خلفية ملوّنة ترمز إلى جويل باريديس",
            en="Illustration: a stylised silhouette on a coloured background, representing Joel Paredes",
        ),
        search_description=T(
            fr="Joel Paredes a perdu un œil, touché par une balle en caoutchouc de la police lors d’une manifestation pacifique en Argentine. Réclamez justice.",
            ar="فقد جويل باريديس إحدى عينيه برصاصة مطاطية أطلقتها الشرطة خلال احتجاج سلمي في الأرجنتين. طالبوا بالعدالة له.",
            en="Joel Paredes lost an eye to a police rubber bullet at a peaceful protest in Argentina. Demand justice for him.",
        ),
        is_section_priority=False,
        themes=("peaceful_protest", "police_violence"),
        authority_address=(
            T(
                fr="Ministerio Público de la Acusación",
                ar="Ministerio Público de la Acusación",
                en="Ministerio Público de la Acusación",
            ),
            T(fr="Avenida Urquiza 462", ar="Avenida Urquiza 462", en="Avenida Urquiza 462"),
            T(
                fr="Y4600 San Salvador de Jujuy",
                ar="Y4600 San Salvador de Jujuy",
                en="Y4600 San Salvador de Jujuy",
            ),
            T(fr="Provincia de Jujuy", ar="Provincia de Jujuy", en="Provincia de Jujuy"),
            T(fr="ARGENTINE", ar="ARGENTINA", en="ARGENTINA"),
        ),
        authority_email="",
        authority_handle="",
        petition=dict(
            call_to_action=T(
                fr="Demandez justice pour Joel Paredes",
                ar="طالبوا بالعدالة لجويل باريديس",
                en="Demand justice for Joel Paredes",
            ),
            goal=10000,
            thank_you=T(
                fr="Merci d’agir pour Joel Paredes ! Allez plus loin : écrivez aussi au procureur général de Jujuy et partagez son histoire autour de vous.",
                ar="شكرًا لتحرككم من أجل جويل باريديس! اذهبوا أبعد من ذلك: اكتبوا أيضًا إلى النائب العام لمقاطعة خوخوي، وشاركوا قصته مع من حولكم.",
                en="Thank you for taking action for Joel Paredes! Go further: write to the Attorney General of Jujuy too, and share his story with the people around you.",
            ),
        ),
        letter=dict(
            subject=T(
                fr="Justice pour Joel Paredes, blessé à l’œil lors d’une manifestation pacifique",
                ar="العدالة لجويل باريديس الذي أصيب في عينه خلال احتجاج سلمي",
                en="Justice for Joel Paredes, injured in the eye at a peaceful protest",
            ),
            body=(
                P(
                    T(
                        fr="Monsieur le Procureur général,",
                        ar="السيد النائب العام المحترم،",
                        en="Dear Attorney General,",
                    )
                ),
                P(
                    T(
                        fr="Je vous écris au sujet de Joel Paredes, jeune père, céramiste et musicien de la province de Jujuy. En 2023, il a participé à une manifestation pacifique contre une réforme de la constitution provinciale. La police a tiré des balles en caoutchouc sur la foule : touché à l’œil droit, Joel en a perdu la vue et souffre encore de douleurs qui pèsent sur son quotidien.",
                        ar="أكتب إليكم بشأن جويل باريديس، الأب الشاب الذي يعمل في صناعة الخزف ويعزف الموسيقى في مقاطعة خوخوي. ففي عام 2023، شارك في احتجاج سلمي على تعديل دستور المقاطعة. وأطلقت الشرطة الرصاص المطاطي على الحشد، فأصيب جويل في عينه اليمنى وفقد البصر فيها، ولا يزال يعاني من آلام تُثقل حياته اليومية.",
                        en="I am writing to you about Joel Paredes, a young father, ceramicist and musician from the province of Jujuy. In 2023, he took part in a peaceful protest against changes to the provincial constitution. Police fired rubber bullets into the crowd: Joel was hit in the right eye, lost the sight in it and still lives with pain that weighs on his daily life.",
                    )
                ),
                P(
                    T(
                        fr="À ce jour, personne n’a eu à répondre de ses blessures ni de celles des autres manifestants. Manifester pacifiquement est un droit, et nul ne devrait y perdre un œil.",
                        ar="وحتى اليوم، لم يُحاسَب أحد على إصابته ولا على إصابات غيره من المحتجين. فالاحتجاج السلمي حق، ولا ينبغي أن يفقد أحد عينه بسبب ممارسته.",
                        en="To this day, no one has been held to account for his injuries or those of other protesters. Peaceful protest is a right, and no one should lose an eye for exercising it.",
                    )
                ),
                P(
                    T(
                        fr="Je vous demande de veiller à ce qu’une enquête rapide, indépendante et impartiale soit menée sur les blessures de Joel Paredes et des autres manifestants, que les responsables rendent des comptes et que Joel obtienne justice et réparation.",
                        ar="وأطلب منكم ضمان إجراء تحقيق عاجل ومستقل ونزيه في الإصابات التي لحقت بجويل باريديس وغيره من المحتجين، ومحاسبة المسؤولين عنها، وتمكين جويل من نيل العدالة والإنصاف.",
                        en="I urge you to ensure that a prompt, independent and impartial investigation is carried out into the injuries suffered by Joel Paredes and other protesters, that those responsible are held to account and that Joel receives justice and reparation.",
                    )
                ),
                P(
                    T(
                        fr="Veuillez agréer, Monsieur le Procureur général, l’expression de ma haute considération.",
                        ar="وتفضلوا بقبول فائق الاحترام والتقدير.",
                        en="Yours sincerely,",
                    )
                ),
            ),
        ),
        share_text=T(
            fr="Joel Paredes, jeune père argentin, a perdu un œil, touché par une balle en caoutchouc de la police lors d’une manifestation pacifique. Personne n’a rendu de comptes. Réclamez justice ! #ÉcrirePourLesDroits",
            ar="فقد جويل باريديس، الأب الشاب من الأرجنتين، إحدى عينيه برصاصة مطاطية أطلقتها الشرطة خلال احتجاج سلمي، ولم يُحاسَب أحد حتى اليوم. طالبوا بالعدالة له! #اكتب_من_أجل_الحقوق",
            en="Joel Paredes, a young father in Argentina, lost an eye to a police rubber bullet at a peaceful protest. No one has been held to account. Demand justice! #WriteForRights",
        ),
    ),
    dict(
        key="neth-nahara",
        slug=T(fr="neth-nahara", ar="neth-nahara", en="neth-nahara"),
        title=T(fr="Neth Nahara", ar="نيث ناهارا", en="Neth Nahara"),
        person_name=T(fr="Neth Nahara", ar="نيث ناهارا", en="Neth Nahara"),
        country="AO",
        person="woman",
        summary=T(
            fr="Emprisonnée pour avoir critiqué le président sur TikTok",
            ar="مسجونة بسبب انتقادها الرئيس على تيك توك",
            en="Imprisoned for criticising the president on TikTok",
        ),
        status="detained",
        status_date="2023-08-01",
        story=(
            P(
                T(
                    fr="Neth Nahara est une créatrice de contenu angolaise. Sur TikTok, elle partage ses idées et ses opinions avec le public qui la suit.",
                    ar="نيث ناهارا صانعة محتوى من أنغولا. وهي تشارك أفكارها وآراءها مع متابعيها على تيك توك.",
                    en="Neth Nahara is an Angolan content creator. On TikTok, she shares her ideas and opinions with the people who follow her.",
                )
            ),
            P(
                T(
                    fr="Dans une vidéo publiée sur TikTok, elle a critiqué le président de l’Angola. Elle est emprisonnée depuis août 2023 à cause de cette vidéo.",
                    ar="انتقدت رئيس أنغولا في مقطع فيديو نشرته على تيك توك. وهي مسجونة منذ غشت 2023 بسبب هذا المقطع.",
                    en="In a video posted on TikTok, she criticised the president of Angola. She has been in prison since August 2023 because of that video.",
                )
            ),
            P(
                T(
                    fr="Critiquer un dirigeant n’est pas un crime. La liberté d’expression protège aussi les paroles qui déplaisent au pouvoir.",
                    ar="إن انتقاد المسؤولين ليس جريمة. فحرية التعبير تحمي أيضًا الكلام الذي لا يرضي أصحاب السلطة.",
                    en="Criticising a leader is not a crime. Freedom of expression also protects words that those in power do not like.",
                )
            ),
            P(
                T(
                    fr="Nous demandons sa libération immédiate et sans condition. Aucune personne ne devrait être emprisonnée pour une vidéo.",
                    ar="نطالب بالإفراج عنها فورًا ودون قيد أو شرط. فلا ينبغي أن يُسجن أحد بسبب مقطع فيديو.",
                    en="We are calling for her immediate and unconditional release. No one should be jailed for a video.",
                )
            ),
        ),
        authority_title=T(fr="Président de l’Angola", ar="رئيس أنغولا", en="President of Angola"),
        portrait_alt=T(
            fr="Illustration : silhouette stylisée sur fond coloré, évoquant Neth Nahara",
            ar="رسم توضيحي: صورة ظلية مبسّطة على خلفية ملوّنة ترمز إلى نيث ناهارا",
            en="Illustration: a stylised silhouette on a coloured background, representing Neth Nahara",
        ),
        search_description=T(
            fr="Neth Nahara, créatrice TikTok angolaise, est emprisonnée depuis août 2023 pour avoir critiqué le président. Demandez sa libération.",
            ar="نيث ناهارا، صانعة محتوى أنغولية على تيك توك، مسجونة منذ غشت 2023 لانتقادها الرئيس. طالبوا بالإفراج عنها.",
            en="Neth Nahara, an Angolan TikTok creator, has been in prison since August 2023 for criticising the president. Call for her release.",
        ),
        is_section_priority=False,
        themes=("freedom_of_expression",),
        authority_address=(
            T(
                fr="Presidência da República",
                ar="Presidência da República",
                en="Presidência da República",
            ),
            T(
                fr="Palácio Presidencial, Cidade Alta",
                ar="Palácio Presidencial, Cidade Alta",
                en="Palácio Presidencial, Cidade Alta",
            ),
            T(fr="Luanda", ar="Luanda", en="Luanda"),
            T(fr="ANGOLA", ar="ANGOLA", en="ANGOLA"),
        ),
        authority_email="",
        authority_handle="",
        petition=dict(
            call_to_action=T(
                fr="Demandez la libération de Neth Nahara",
                ar="طالبوا بالإفراج عن نيث ناهارا",
                en="Call for Neth Nahara’s release",
            ),
            goal=10000,
            thank_you=T(
                fr="Merci d’agir pour Neth Nahara ! Allez plus loin : écrivez aussi au président de l’Angola et partagez son histoire autour de vous.",
                ar="شكرًا لتحرككم من أجل نيث ناهارا! اذهبوا أبعد من ذلك: اكتبوا أيضًا إلى رئيس أنغولا، وشاركوا قصتها مع من حولكم.",
                en="Thank you for taking action for Neth Nahara! Go further: write to the President of Angola too, and share her story with the people around you.",
            ),
        ),
        letter=dict(
            subject=T(
                fr="Libération de Neth Nahara, emprisonnée pour une vidéo sur TikTok",
                ar="الإفراج عن نيث ناهارا المسجونة بسبب مقطع فيديو على تيك توك",
                en="Release Neth Nahara, imprisoned for a TikTok video",
            ),
            body=(
                P(T(fr="Monsieur le Président,", ar="فخامة الرئيس،", en="Your Excellency,")),
                P(
                    T(
                        fr="Je vous écris au sujet de Neth Nahara, créatrice de contenu angolaise qui partage ses idées et ses opinions sur TikTok. Elle est emprisonnée depuis août 2023 à cause d’une vidéo dans laquelle elle critiquait le chef de l’État.",
                        ar="أكتب إليكم بشأن نيث ناهارا، صانعة المحتوى الأنغولية التي تشارك أفكارها وآراءها على تيك توك. وهي مسجونة منذ غشت 2023 بسبب مقطع فيديو انتقدت فيه رئيس الدولة.",
                        en="I am writing to you about Neth Nahara, an Angolan content creator who shares her ideas and opinions on TikTok. She has been in prison since August 2023 because of a video in which she criticised the head of state.",
                    )
                ),
                P(
                    T(
                        fr="Critiquer un dirigeant n’est pas un crime. La liberté d’expression protège aussi les propos qui déplaisent au pouvoir, et personne ne devrait être emprisonné pour une vidéo.",
                        ar="إن انتقاد المسؤولين ليس جريمة. فحرية التعبير تحمي أيضًا الكلام الذي لا يرضي أصحاب السلطة، ولا ينبغي أن يُسجن أحد بسبب مقطع فيديو.",
                        en="Criticising a leader is not a crime. Freedom of expression also protects words that those in power do not like, and no one should be jailed for a video.",
                    )
                ),
                P(
                    T(
                        fr="Je vous demande de faire en sorte que Neth Nahara soit libérée immédiatement et sans condition.",
                        ar="وأطلب منكم العمل على الإفراج عن نيث ناهارا فورًا ودون قيد أو شرط.",
                        en="I urge you to ensure that Neth Nahara is released immediately and unconditionally.",
                    )
                ),
                P(
                    T(
                        fr="Veuillez agréer, Monsieur le Président, l’expression de ma très haute considération.",
                        ar="وتفضلوا فخامتكم بقبول فائق الاحترام والتقدير.",
                        en="Yours sincerely,",
                    )
                ),
            ),
        ),
        share_text=T(
            fr="Neth Nahara, créatrice de contenu angolaise, est emprisonnée depuis août 2023 pour avoir critiqué le président dans une vidéo TikTok. Critiquer n’est pas un crime. Demandez sa libération ! #ÉcrirePourLesDroits",
            ar="نيث ناهارا، صانعة محتوى أنغولية، مسجونة منذ غشت 2023 لأنها انتقدت الرئيس في مقطع على تيك توك. الانتقاد ليس جريمة. طالبوا بالإفراج عنها! #اكتب_من_أجل_الحقوق",
            en="Angolan content creator Neth Nahara has been in prison since August 2023 for criticising the president in a TikTok video. Criticism is not a crime. Call for her release! #WriteForRights",
        ),
    ),
    dict(
        key="oqba-hashad",
        slug=T(fr="oqba-hashad", ar="oqba-hashad", en="oqba-hashad"),
        title=T(fr="Oqba Hashad", ar="عقبة حشاد", en="Oqba Hashad"),
        person_name=T(fr="Oqba Hashad", ar="عقبة حشاد", en="Oqba Hashad"),
        country="EG",
        person="man",
        summary=T(
            fr="Détenu et torturé en raison du militantisme de son frère",
            ar="محتجز وتعرّض للتعذيب بسبب نشاط شقيقه",
            en="Detained and tortured because of his brother’s activism",
        ),
        status="detained",
        status_date="2019-05-01",
        story=(
            P(
                T(
                    fr="Oqba Hashad est un joueur de football égyptien. Il est détenu depuis mai 2019.",
                    ar="عقبة حشاد لاعب كرة قدم مصري. وهو محتجز منذ ماي 2019.",
                    en="Oqba Hashad is an Egyptian football player. He has been detained since May 2019.",
                )
            ),
            P(
                T(
                    fr="Il n’est pas visé pour ce qu’il a fait, mais en raison du militantisme de son frère. En détention, il a été torturé.",
                    ar="ولم يُستهدف بسبب أي شيء فعله، بل بسبب نشاط شقيقه. وقد تعرّض للتعذيب أثناء احتجازه.",
                    en="He is not targeted for anything he has done, but because of his brother’s activism. In detention, he has been tortured.",
                )
            ),
            P(
                T(
                    fr="Punir une personne pour l’engagement d’un proche est une grave injustice. C’est aussi une façon de faire taire les militants en s’en prenant à leur famille.",
                    ar="إن معاقبة شخص بسبب نشاط أحد أقاربه ظلم فادح. وهي أيضًا وسيلة لإسكات الناشطين عبر استهداف عائلاتهم.",
                    en="Punishing someone for a relative’s activism is a grave injustice. It is also a way of silencing activists by going after their families.",
                )
            ),
            P(
                T(
                    fr="Nous demandons sa libération immédiate et une enquête sur les actes de torture qu’il a subis. Vos lettres peuvent aussi lui rappeler qu’il n’est pas seul.",
                    ar="نطالب بالإفراج عنه فورًا وبالتحقيق في التعذيب الذي تعرّض له. ويمكن لرسائلكم أيضًا أن تذكّره بأنه ليس وحده.",
                    en="We are calling for his immediate release and for an investigation into the torture he suffered. Your letters can also remind him that he is not alone.",
                )
            ),
        ),
        authority_title=T(
            fr="Procureur général d’Égypte",
            ar="النائب العام المصري",
            en="Public Prosecutor of Egypt",
        ),
        portrait_alt=T(
            fr="Illustration : silhouette stylisée sur fond coloré, évoquant Oqba Hashad",
            ar="رسم توضيحي: صورة ظلية مبسّطة على خلفية ملوّنة ترمز إلى عقبة حشاد",
            en="Illustration: a stylised silhouette on a coloured background, representing Oqba Hashad",
        ),
        search_description=T(
            fr="Le footballeur Oqba Hashad est détenu en Égypte depuis mai 2019 et a été torturé à cause du militantisme de son frère. Agissez.",
            ar="لاعب كرة القدم عقبة حشاد محتجز في مصر منذ ماي 2019 وتعرّض للتعذيب بسبب نشاط شقيقه. تحرّكوا الآن.",
            en="Footballer Oqba Hashad has been detained in Egypt since May 2019 and tortured because of his brother’s activism. Take action.",
        ),
        is_section_priority=False,
        themes=("torture",),
        authority_address=(
            T(
                fr="Office of the Public Prosecutor",
                ar="مكتب النائب العام",
                en="Office of the Public Prosecutor",
            ),
            T(fr="Madinat al-Rehab", ar="مدينة الرحاب", en="Madinat al-Rehab"),
            T(fr="New Cairo 11841", ar="القاهرة الجديدة 11841", en="New Cairo 11841"),
            T(fr="ÉGYPTE", ar="مصر", en="EGYPT"),
        ),
        authority_email="",
        authority_handle="",
        petition=dict(
            call_to_action=T(
                fr="Demandez la libération d’Oqba Hashad",
                ar="طالبوا بالإفراج عن عقبة حشاد",
                en="Call for Oqba Hashad’s release",
            ),
            goal=10000,
            thank_you=T(
                fr="Merci d’agir pour Oqba Hashad ! Allez plus loin : écrivez aussi au procureur général d’Égypte et partagez son histoire autour de vous.",
                ar="شكرًا لتحرككم من أجل عقبة حشاد! اذهبوا أبعد من ذلك: اكتبوا أيضًا إلى النائب العام المصري، وشاركوا قصته مع من حولكم.",
                en="Thank you for taking action for Oqba Hashad! Go further: write to Egypt’s Public Prosecutor too, and share his story with the people around you.",
            ),
        ),
        letter=dict(
            subject=T(
                fr="Libération d’Oqba Hashad, détenu depuis mai 2019",
                ar="الإفراج عن عقبة حشاد المحتجز منذ ماي 2019",
                en="Release Oqba Hashad, detained since May 2019",
            ),
            body=(
                P(
                    T(
                        fr="Monsieur le Procureur général,",
                        ar="السيد النائب العام المحترم،",
                        en="Dear Public Prosecutor,",
                    )
                ),
                P(
                    T(
                        fr="Je vous écris au sujet d’Oqba Hashad, joueur de football égyptien détenu depuis mai 2019. Il n’est pas visé pour ce qu’il a fait, mais en raison du militantisme de son frère. En détention, il a été torturé.",
                        ar="أكتب إليكم بشأن عقبة حشاد، لاعب كرة القدم المصري المحتجز منذ ماي 2019. ولم يُستهدف بسبب أي شيء فعله، بل بسبب نشاط شقيقه. وقد تعرّض للتعذيب أثناء احتجازه.",
                        en="I am writing to you about Oqba Hashad, an Egyptian football player who has been detained since May 2019. He is not targeted for anything he has done, but because of his brother’s activism. In detention, he has been tortured.",
                    )
                ),
                P(
                    T(
                        fr="Punir une personne pour l’engagement d’un proche est une grave injustice, et rien ne justifie qu’Oqba Hashad reste privé de liberté.",
                        ar="إن معاقبة شخص بسبب نشاط أحد أقاربه ظلم فادح، ولا شيء يبرر استمرار حرمان عقبة حشاد من حريته.",
                        en="Punishing someone for a relative’s activism is a grave injustice, and nothing justifies keeping Oqba Hashad deprived of his liberty.",
                    )
                ),
                P(
                    T(
                        fr="Je vous demande d’ordonner sa libération immédiate et de veiller à ce qu’une enquête indépendante et impartiale soit menée sur les actes de torture qu’il a subis, afin que les responsables rendent des comptes.",
                        ar="وأطلب منكم الأمر بالإفراج عنه فورًا، وضمان إجراء تحقيق مستقل ونزيه في التعذيب الذي تعرّض له، حتى يُحاسَب المسؤولون عنه.",
                        en="I urge you to order his immediate release and to ensure that an independent and impartial investigation is carried out into the torture he suffered, so that those responsible are held to account.",
                    )
                ),
                P(
                    T(
                        fr="Veuillez agréer, Monsieur le Procureur général, l’expression de ma haute considération.",
                        ar="وتفضلوا بقبول فائق الاحترام والتقدير.",
                        en="Yours sincerely,",
                    )
                ),
            ),
        ),
        share_text=T(
            fr="Le footballeur égyptien Oqba Hashad est détenu depuis mai 2019 et a été torturé, uniquement à cause du militantisme de son frère. Demandez sa libération ! #ÉcrirePourLesDroits",
            ar="لاعب كرة القدم المصري عقبة حشاد محتجز منذ ماي 2019 وتعرّض للتعذيب، فقط بسبب نشاط شقيقه. طالبوا بالإفراج عنه! #اكتب_من_أجل_الحقوق",
            en="Egyptian footballer Oqba Hashad has been detained since May 2019 and tortured, simply because of his brother’s activism. Call for his release! #WriteForRights",
        ),
    ),
    dict(
        key="defenseurs-wetsuweten",
        slug=T(
            fr="defenseurs-wetsuweten", ar="defenseurs-wetsuweten", en="wetsuweten-land-defenders"
        ),
        title=T(
            fr="Les défenseur·e·s des terres wet’suwet’en",
            ar="المدافعون عن أراضي شعب الويتسويتين",
            en="The Wet’suwet’en land defenders",
        ),
        person_name=T(
            fr="Les défenseur·e·s des terres wet’suwet’en",
            ar="المدافعون عن أراضي شعب الويتسويتين",
            en="The Wet’suwet’en land defenders",
        ),
        country="CA",
        person="group",
        summary=T(
            fr="Poursuivi·e·s en justice pour avoir défendu leur territoire ancestral",
            ar="يُلاحَقون قضائيًا بسبب دفاعهم عن أرض أجدادهم",
            en="Prosecuted for defending their ancestral land",
        ),
        status="on_trial",
        status_date="2021-11-01",
        story=(
            P(
                T(
                    fr="Les Wet’suwet’en sont un peuple autochtone de Colombie-Britannique, au Canada. Depuis des générations, ils vivent sur leur territoire ancestral et en prennent soin.",
                    ar="الويتسويتين شعب من الشعوب الأصلية في مقاطعة كولومبيا البريطانية بكندا. ويعيش أبناؤه منذ أجيال على أرض أجدادهم ويحافظون عليها.",
                    en="The Wet’suwet’en are an Indigenous people of British Columbia, Canada. For generations, they have lived on and cared for their ancestral territory.",
                )
            ),
            P(
                T(
                    fr="Un gazoduc est construit sur ce territoire sans leur consentement. En novembre 2021, la police a arrêté des défenseur·e·s des terres qui s’y opposaient, et ces personnes sont aujourd’hui poursuivies en justice.",
                    ar="يجري بناء خط أنابيب للغاز عبر هذه الأرض دون موافقتهم. وقد اعتُقل عدد من المدافعين عن الأرض الذين عارضوه في نونبر 2021، وهم اليوم ملاحَقون أمام القضاء.",
                    en="A gas pipeline is being built across this territory without their consent. Land defenders who opposed it were arrested in November 2021 and are now being prosecuted.",
                )
            ),
            P(
                T(
                    fr="Défendre sa terre, son eau et sa culture n’est pas un crime. Face à la crise climatique, leur combat nous concerne toutes et tous.",
                    ar="إن الدفاع عن الأرض والماء والثقافة ليس جريمة. وفي مواجهة أزمة المناخ، يعنينا نضالهم جميعًا.",
                    en="Defending your land, your water and your culture is not a crime. In the face of the climate crisis, their struggle concerns us all.",
                )
            ),
            P(
                T(
                    fr="Nous demandons l’abandon des poursuites engagées contre les défenseur·e·s des terres wet’suwet’en. Leurs droits en tant que peuple autochtone doivent être respectés.",
                    ar="نطالب بإسقاط التهم الموجهة إلى المدافعين عن أراضي شعب الويتسويتين. ويجب احترام حقوقهم بوصفهم شعبًا أصليًا.",
                    en="We are calling for the charges against the Wet’suwet’en land defenders to be dropped. Their rights as an Indigenous people must be respected.",
                )
            ),
        ),
        authority_title=T(
            fr="Procureur général de la Colombie-Britannique, au Canada",
            ar="المدعي العام لمقاطعة كولومبيا البريطانية في كندا",
            en="Attorney General of British Columbia, Canada",
        ),
        portrait_alt=T(
            fr="Illustration : silhouette stylisée sur fond coloré, évoquant les défenseur·e·s des terres wet’suwet’en",
            ar="رسم توضيحي: صورة ظلية مبسّطة على خلفية ملوّنة ترمز إلى المدافعين عن أراضي شعب الويتسويتين",
            en="Illustration: a stylised silhouette on a coloured background, representing the Wet’suwet’en land defenders",
        ),
        search_description=T(
            fr="Au Canada, des Wet’suwet’en qui défendent leur territoire contre un gazoduc sont poursuivis en justice. Soutenez-les.",
            ar="في كندا، يُلاحَق مدافعون عن أراضي شعب الويتسويتين قضائيًا لمعارضتهم خط أنابيب غاز على أرضهم. ادعموهم.",
            en="In Canada, Wet’suwet’en land defenders are being prosecuted for opposing a gas pipeline on their territory. Stand with them.",
        ),
        is_section_priority=False,
        themes=("indigenous_rights", "environment", "human_rights_defenders"),
        authority_address=(
            T(
                fr="CP 9044, succ. Prov. Govt",
                ar="PO Box 9044 Stn Prov Govt",
                en="PO Box 9044 Stn Prov Govt",
            ),
            T(fr="Victoria BC  V8W 9E2", ar="Victoria BC  V8W 9E2", en="Victoria BC  V8W 9E2"),
            T(fr="CANADA", ar="CANADA", en="CANADA"),
        ),
        authority_email="AG.Minister@gov.bc.ca",
        authority_handle="",
        petition=dict(
            call_to_action=T(
                fr="Demandez l’abandon des poursuites contre les défenseur·e·s des terres wet’suwet’en",
                ar="طالبوا بإسقاط التهم الموجهة إلى المدافعين عن أراضي شعب الويتسويتين",
                en="Call for the charges against the Wet’suwet’en land defenders to be dropped",
            ),
            goal=10000,
            thank_you=T(
                fr="Merci d’agir pour les défenseur·e·s des terres wet’suwet’en ! Allez plus loin : écrivez aussi au procureur général de la Colombie-Britannique et partagez leur histoire autour de vous.",
                ar="شكرًا لتحرككم من أجل المدافعين عن أراضي شعب الويتسويتين! اذهبوا أبعد من ذلك: اكتبوا أيضًا إلى المدعي العام لمقاطعة كولومبيا البريطانية، وشاركوا قصتهم مع من حولكم.",
                en="Thank you for taking action for the Wet’suwet’en land defenders! Go further: write to the Attorney General of British Columbia too, and share their story with the people around you.",
            ),
        ),
        letter=dict(
            subject=T(
                fr="Abandon des poursuites contre les défenseur·e·s des terres wet’suwet’en",
                ar="إسقاط التهم الموجهة إلى المدافعين عن أراضي شعب الويتسويتين",
                en="Drop the charges against the Wet’suwet’en land defenders",
            ),
            body=(
                P(T(fr="Madame, Monsieur,", ar="تحية طيبة، وبعد،", en="Dear Sir or Madam,")),
                P(
                    T(
                        fr="Je vous écris au sujet des défenseur·e·s des terres wet’suwet’en. Les Wet’suwet’en sont un peuple autochtone de Colombie-Britannique qui vit depuis des générations sur son territoire ancestral et en prend soin. Un gazoduc est construit sur ce territoire sans leur consentement.",
                        ar="أكتب إليكم بشأن المدافعين عن أراضي شعب الويتسويتين. والويتسويتين شعب من الشعوب الأصلية في كولومبيا البريطانية، يعيش منذ أجيال على أرض أجداده ويحافظ عليها. ويجري بناء خط أنابيب للغاز عبر هذه الأرض دون موافقة أبنائه.",
                        en="I am writing to you about the Wet’suwet’en land defenders. The Wet’suwet’en are an Indigenous people of British Columbia who have lived on and cared for their ancestral territory for generations. A gas pipeline is being built across this territory without their consent.",
                    )
                ),
                P(
                    T(
                        fr="En novembre 2021, la police a arrêté des défenseur·e·s des terres qui s’opposaient à ce projet, et ces personnes sont aujourd’hui poursuivies en justice. Défendre sa terre, son eau et sa culture n’est pas un crime.",
                        ar="ففي نونبر 2021، اعتقلت الشرطة عددًا من المدافعين عن الأرض الذين عارضوا هذا المشروع، وهم اليوم ملاحَقون أمام القضاء. إن الدفاع عن الأرض والماء والثقافة ليس جريمة.",
                        en="In November 2021, police arrested land defenders who opposed the project, and they are now being prosecuted. Defending your land, your water and your culture is not a crime.",
                    )
                ),
                P(
                    T(
                        fr="Je vous demande de veiller à l’abandon des poursuites engagées contre les défenseur·e·s des terres wet’suwet’en et au plein respect de leurs droits en tant que peuple autochtone.",
                        ar="وأطلب منكم العمل على إسقاط التهم الموجهة إلى المدافعين عن أراضي شعب الويتسويتين، وضمان الاحترام الكامل لحقوقهم بوصفهم شعبًا أصليًا.",
                        en="I urge you to ensure that the charges against the Wet’suwet’en land defenders are dropped and that their rights as an Indigenous people are fully respected.",
                    )
                ),
                P(
                    T(
                        fr="Veuillez agréer, Madame, Monsieur, l’expression de ma haute considération.",
                        ar="وتفضلوا بقبول فائق الاحترام والتقدير.",
                        en="Yours faithfully,",
                    )
                ),
            ),
        ),
        share_text=T(
            fr="Au Canada, des défenseur·e·s des terres wet’suwet’en sont poursuivi·e·s pour s’être opposé·e·s à un gazoduc construit sur leur territoire sans leur consentement. Soutenez-les ! #ÉcrirePourLesDroits",
            ar="في كندا، يُلاحَق مدافعون عن أراضي شعب الويتسويتين قضائيًا لمعارضتهم خط أنابيب غاز يُبنى على أرضهم دون موافقتهم. ادعموهم! #اكتب_من_أجل_الحقوق",
            en="In Canada, Wet’suwet’en land defenders are being prosecuted for opposing a gas pipeline built on their territory without their consent. Stand with them! #WriteForRights",
        ),
    ),
    dict(
        key="sebnem-korur-fincanci",
        slug=T(fr="sebnem-korur-fincanci", ar="sebnem-korur-fincanci", en="sebnem-korur-fincanci"),
        title=T(fr="Şebnem Korur Fincancı", ar="شبنم كورور فينجانجي", en="Şebnem Korur Fincancı"),
        person_name=T(
            fr="Şebnem Korur Fincancı", ar="شبنم كورور فينجانجي", en="Şebnem Korur Fincancı"
        ),
        country="TR",
        person="woman",
        summary=T(
            fr="Harcelée et poursuivie pour avoir défendu les droits humains",
            ar="تتعرض للمضايقة والملاحقة القضائية بسبب دفاعها عن حقوق الإنسان",
            en="Harassed and prosecuted for defending human rights",
        ),
        status="harassed",
        status_date="2022-10-01",
        story=(
            P(
                T(
                    fr="Şebnem Korur Fincancı est médecin légiste en Turquie. Elle a présidé l’Association médicale turque et met son savoir au service des droits humains.",
                    ar="شبنم كورور فينجانجي طبيبة شرعية في تركيا. وقد ترأست الجمعية الطبية التركية، وتضع خبرتها في خدمة حقوق الإنسان.",
                    en="Şebnem Korur Fincancı is a forensic doctor in Türkiye. She has led the Turkish Medical Association and puts her expertise at the service of human rights.",
                )
            ),
            P(
                T(
                    fr="À cause de cet engagement, elle est harcelée et poursuivie en justice. Elle a été placée en détention en octobre 2022.",
                    ar="وبسبب هذا الالتزام، تتعرض للمضايقة والملاحقة القضائية. وقد احتُجزت في أكتوبر 2022.",
                    en="Because of this work, she is being harassed and prosecuted. She was taken into detention in October 2022.",
                )
            ),
            P(
                T(
                    fr="S’en prendre à une médecin qui défend les droits humains, c’est vouloir intimider toutes celles et tous ceux qui font de même. Sa voix est précieuse et doit pouvoir s’exprimer librement.",
                    ar="إن استهداف طبيبة تدافع عن حقوق الإنسان محاولة لترهيب كل من يقوم بالعمل نفسه. وصوتها ثمين، ويجب أن يُسمح له بأن يُسمع بحرية.",
                    en="Targeting a doctor who defends human rights is an attempt to intimidate everyone who does the same. Her voice matters, and she must be free to use it.",
                )
            ),
            P(
                T(
                    fr="Nous demandons la fin du harcèlement et des poursuites dont elle fait l’objet. Elle doit pouvoir poursuivre son travail sans crainte.",
                    ar="نطالب بوضع حد للمضايقات والملاحقات القضائية التي تتعرض لها. ويجب أن تتمكن من مواصلة عملها دون خوف.",
                    en="We are calling for an end to the harassment and prosecution she faces. She must be able to carry on her work without fear.",
                )
            ),
        ),
        authority_title=T(
            fr="Ministre turc de la Justice",
            ar="وزير العدل التركي",
            en="Minister of Justice of Türkiye",
        ),
        portrait_alt=T(
            fr="Illustration : silhouette stylisée sur fond coloré, évoquant Şebnem Korur Fincancı",
            ar="رسم توضيحي: صورة ظلية مبسّطة على خلفية ملوّنة ترمز إلى شبنم كورور فينجانجي",
            en="Illustration: a stylised silhouette on a coloured background, representing Şebnem Korur Fincancı",
        ),
        search_description=T(
            fr="Médecin légiste, Şebnem Korur Fincancı est harcelée et poursuivie en Turquie pour avoir défendu les droits humains. Soutenez-la.",
            ar="تتعرض الطبيبة الشرعية شبنم كورور فينجانجي للمضايقة والملاحقة في تركيا بسبب دفاعها عن حقوق الإنسان. ادعموها.",
            en="Forensic doctor Şebnem Korur Fincancı is harassed and prosecuted in Türkiye for defending human rights. Stand with her.",
        ),
        is_section_priority=False,
        themes=("human_rights_defenders", "freedom_of_expression"),
        authority_address=(
            T(fr="Adalet Bakanlığı", ar="Adalet Bakanlığı", en="Adalet Bakanlığı"),
            T(
                fr="Milli Müdafaa Caddesi No : 22",
                ar="Milli Müdafaa Caddesi No: 22",
                en="Milli Müdafaa Caddesi No: 22",
            ),
            T(fr="06659 Kızılay/Ankara", ar="06659 Kızılay/Ankara", en="06659 Kızılay/Ankara"),
            T(fr="TURQUIE", ar="TÜRKİYE", en="TÜRKİYE"),
        ),
        authority_email="",
        authority_handle="",
        petition=dict(
            call_to_action=T(
                fr="Demandez la fin des poursuites contre Şebnem Korur Fincancı",
                ar="طالبوا بوقف الملاحقات القضائية ضد شبنم كورور فينجانجي",
                en="Call for an end to the prosecution of Şebnem Korur Fincancı",
            ),
            goal=10000,
            thank_you=T(
                fr="Merci d’agir pour Şebnem Korur Fincancı ! Allez plus loin : écrivez aussi au ministre turc de la Justice et partagez son histoire autour de vous.",
                ar="شكرًا لتحرككم من أجل شبنم كورور فينجانجي! اذهبوا أبعد من ذلك: اكتبوا أيضًا إلى وزير العدل التركي، وشاركوا قصتها مع من حولكم.",
                en="Thank you for taking action for Şebnem Korur Fincancı! Go further: write to Türkiye’s Minister of Justice too, and share her story with the people around you.",
            ),
        ),
        letter=dict(
            subject=T(
                fr="Fin des poursuites contre Şebnem Korur Fincancı, médecin et défenseure des droits humains",
                ar="وقف الملاحقات القضائية ضد شبنم كورور فينجانجي، الطبيبة والمدافعة عن حقوق الإنسان",
                en="End the prosecution of Şebnem Korur Fincancı, doctor and human rights defender",
            ),
            body=(
                P(T(fr="Monsieur le Ministre,", ar="معالي الوزير،", en="Dear Minister,")),
                P(
                    T(
                        fr="Je vous écris au sujet de Şebnem Korur Fincancı, médecin légiste qui met son savoir au service des droits humains. En raison de cet engagement, elle est harcelée et poursuivie en justice, et elle a été placée en détention en octobre 2022.",
                        ar="أكتب إليكم بشأن شبنم كورور فينجانجي، الطبيبة الشرعية التي تضع خبرتها في خدمة حقوق الإنسان. وبسبب هذا الالتزام، تتعرض للمضايقة والملاحقة القضائية، وقد احتُجزت في أكتوبر 2022.",
                        en="I am writing to you about Şebnem Korur Fincancı, a forensic doctor who puts her expertise at the service of human rights. Because of this work, she is being harassed and prosecuted, and she was taken into detention in October 2022.",
                    )
                ),
                P(
                    T(
                        fr="Défendre les droits humains n’est pas un crime. S’en prendre à une médecin qui les défend, c’est chercher à intimider toutes celles et tous ceux qui font de même.",
                        ar="إن الدفاع عن حقوق الإنسان ليس جريمة. واستهداف طبيبة تدافع عنها محاولة لترهيب كل من يقوم بالعمل نفسه.",
                        en="Defending human rights is not a crime. Targeting a doctor who defends them is an attempt to intimidate everyone who does the same.",
                    )
                ),
                P(
                    T(
                        fr="Je vous demande de faire en sorte que cessent le harcèlement et les poursuites dont elle fait l’objet, afin qu’elle puisse poursuivre son travail sans crainte.",
                        ar="وأطلب منكم العمل على وضع حد للمضايقات والملاحقات القضائية التي تتعرض لها، حتى تتمكن من مواصلة عملها دون خوف.",
                        en="I urge you to ensure that the harassment and prosecution she faces come to an end, so that she can carry on her work without fear.",
                    )
                ),
                P(
                    T(
                        fr="Veuillez agréer, Monsieur le Ministre, l’expression de ma haute considération.",
                        ar="وتفضلوا معاليكم بقبول فائق الاحترام والتقدير.",
                        en="Yours sincerely,",
                    )
                ),
            ),
        ),
        share_text=T(
            fr="Médecin légiste, Şebnem Korur Fincancı est harcelée et poursuivie en Turquie pour avoir défendu les droits humains. Défendre les droits humains n’est pas un crime. Soutenez-la ! #ÉcrirePourLesDroits",
            ar="تتعرض الطبيبة الشرعية شبنم كورور فينجانجي للمضايقة والملاحقة في تركيا بسبب دفاعها عن حقوق الإنسان. الدفاع عن حقوق الإنسان ليس جريمة. ادعموها! #اكتب_من_أجل_الحقوق",
            en="Forensic doctor Şebnem Korur Fincancı is harassed and prosecuted in Türkiye for defending human rights. Defending human rights is not a crime. Stand with her! #WriteForRights",
        ),
    ),
    dict(
        key="dang-dinh-bach",
        slug=T(fr="dang-dinh-bach", ar="dang-dinh-bach", en="dang-dinh-bach"),
        title=T(fr="Dang Dinh Bach", ar="دانغ دينه باخ", en="Dang Dinh Bach"),
        person_name=T(fr="Dang Dinh Bach", ar="دانغ دينه باخ", en="Dang Dinh Bach"),
        country="VN",
        person="man",
        summary=T(
            fr="Emprisonné pour avoir défendu l’environnement",
            ar="مسجون بسبب دفاعه عن البيئة",
            en="Imprisoned for defending the environment",
        ),
        status="detained",
        status_date="2021-06-01",
        story=(
            P(
                T(
                    fr="Dang Dinh Bach est un avocat vietnamien spécialisé dans l’environnement. Il a mis ses compétences juridiques au service de la protection de l’environnement.",
                    ar="دانغ دينه باخ محامٍ فيتنامي متخصص في قضايا البيئة. وقد وضع خبرته القانونية في خدمة حماية البيئة.",
                    en="Dang Dinh Bach is a Vietnamese environmental lawyer. He has used his legal skills to protect the environment.",
                )
            ),
            P(
                T(
                    fr="Il est emprisonné depuis juin 2021 en raison de cet engagement. Son seul tort est d’avoir défendu l’environnement.",
                    ar="وهو مسجون منذ يونيو 2021 بسبب هذا العمل. وذنبه الوحيد أنه دافع عن البيئة.",
                    en="He has been in prison since June 2021 because of this work. His only “crime” is defending the environment.",
                )
            ),
            P(
                T(
                    fr="Défendre l’environnement, c’est défendre notre avenir commun. Personne ne devrait être puni pour cela.",
                    ar="إن الدفاع عن البيئة دفاع عن مستقبلنا المشترك. ولا ينبغي أن يُعاقَب أحد على ذلك.",
                    en="Defending the environment means defending our shared future. No one should be punished for it.",
                )
            ),
            P(
                T(
                    fr="Nous demandons sa libération immédiate et sans condition. Vos lettres peuvent lui rappeler que son combat n’est pas oublié.",
                    ar="نطالب بالإفراج عنه فورًا ودون قيد أو شرط. ويمكن لرسائلكم أن تذكّره بأن نضاله لم يُنسَ.",
                    en="We are calling for his immediate and unconditional release. Your letters can remind him that his struggle has not been forgotten.",
                )
            ),
        ),
        authority_title=T(fr="Président du Viêt Nam", ar="رئيس فيتنام", en="President of Viet Nam"),
        portrait_alt=T(
            fr="Illustration : silhouette stylisée sur fond coloré, évoquant Dang Dinh Bach",
            ar="رسم توضيحي: صورة ظلية مبسّطة على خلفية ملوّنة ترمز إلى دانغ دينه باخ",
            en="Illustration: a stylised silhouette on a coloured background, representing Dang Dinh Bach",
        ),
        search_description=T(
            fr="L’avocat Dang Dinh Bach est emprisonné au Viêt Nam depuis juin 2021 pour avoir défendu l’environnement. Demandez sa libération.",
            ar="المحامي دانغ دينه باخ مسجون في فيتنام منذ يونيو 2021 بسبب دفاعه عن البيئة. طالبوا بالإفراج عنه.",
            en="Lawyer Dang Dinh Bach has been imprisoned in Viet Nam since June 2021 for defending the environment. Call for his release.",
        ),
        is_section_priority=False,
        themes=("environment", "human_rights_defenders"),
        authority_address=(
            T(
                fr="Văn phòng Chủ tịch nước",
                ar="Văn phòng Chủ tịch nước",
                en="Văn phòng Chủ tịch nước",
            ),
            T(fr="2 Hùng Vương, Ba Đình", ar="2 Hùng Vương, Ba Đình", en="2 Hùng Vương, Ba Đình"),
            T(fr="Hà Nội", ar="Hà Nội", en="Hà Nội"),
            T(fr="VIÊT NAM", ar="VIET NAM", en="VIET NAM"),
        ),
        authority_email="",
        authority_handle="",
        petition=dict(
            call_to_action=T(
                fr="Demandez la libération de Dang Dinh Bach",
                ar="طالبوا بالإفراج عن دانغ دينه باخ",
                en="Call for Dang Dinh Bach’s release",
            ),
            goal=10000,
            thank_you=T(
                fr="Merci d’agir pour Dang Dinh Bach ! Allez plus loin : écrivez aussi au président du Viêt Nam et partagez son histoire autour de vous.",
                ar="شكرًا لتحرككم من أجل دانغ دينه باخ! اذهبوا أبعد من ذلك: اكتبوا أيضًا إلى رئيس فيتنام، وشاركوا قصته مع من حولكم.",
                en="Thank you for taking action for Dang Dinh Bach! Go further: write to the President of Viet Nam too, and share his story with the people around you.",
            ),
        ),
        letter=dict(
            subject=T(
                fr="Libération de Dang Dinh Bach, avocat emprisonné pour avoir défendu l’environnement",
                ar="الإفراج عن دانغ دينه باخ، المحامي المسجون بسبب دفاعه عن البيئة",
                en="Release Dang Dinh Bach, a lawyer imprisoned for defending the environment",
            ),
            body=(
                P(T(fr="Monsieur le Président,", ar="فخامة الرئيس،", en="Your Excellency,")),
                P(
                    T(
                        fr="Je vous écris au sujet de Dang Dinh Bach, avocat spécialisé dans l’environnement, qui a mis ses compétences juridiques au service de la protection de l’environnement. Il est emprisonné depuis juin 2021 en raison de cet engagement.",
                        ar="أكتب إليكم بشأن دانغ دينه باخ، المحامي المتخصص في قضايا البيئة، الذي وضع خبرته القانونية في خدمة حماية البيئة. وهو مسجون منذ يونيو 2021 بسبب هذا العمل.",
                        en="I am writing to you about Dang Dinh Bach, an environmental lawyer who has used his legal skills to protect the environment. He has been in prison since June 2021 because of this work.",
                    )
                ),
                P(
                    T(
                        fr="Défendre l’environnement, c’est défendre notre avenir commun, et Dang Dinh Bach ne devrait pas être puni pour cela.",
                        ar="إن الدفاع عن البيئة دفاع عن مستقبلنا المشترك، ولا ينبغي أن يُعاقَب دانغ دينه باخ على ذلك.",
                        en="Defending the environment means defending our shared future, and Dang Dinh Bach should not be punished for it.",
                    )
                ),
                P(
                    T(
                        fr="Je vous demande de faire en sorte que Dang Dinh Bach soit libéré immédiatement et sans condition.",
                        ar="وأطلب منكم العمل على الإفراج عن دانغ دينه باخ فورًا ودون قيد أو شرط.",
                        en="I urge you to ensure that Dang Dinh Bach is released immediately and unconditionally.",
                    )
                ),
                P(
                    T(
                        fr="Veuillez agréer, Monsieur le Président, l’expression de ma très haute considération.",
                        ar="وتفضلوا فخامتكم بقبول فائق الاحترام والتقدير.",
                        en="Yours sincerely,",
                    )
                ),
            ),
        ),
        share_text=T(
            fr="L’avocat Dang Dinh Bach est emprisonné au Viêt Nam depuis juin 2021 pour avoir défendu l’environnement. Défendre la planète n’est pas un crime. Demandez sa libération ! #ÉcrirePourLesDroits",
            ar="المحامي دانغ دينه باخ مسجون في فيتنام منذ يونيو 2021 بسبب دفاعه عن البيئة. الدفاع عن الكوكب ليس جريمة. طالبوا بالإفراج عنه! #اكتب_من_أجل_الحقوق",
            en="Lawyer Dang Dinh Bach has been imprisoned in Viet Nam since June 2021 for defending the environment. Defending the planet is not a crime. Call for his release! #WriteForRights",
        ),
    ),
)

STANDARD_PAGES = (
    dict(
        key="comment-ca-marche",
        slug=T(fr="comment-ca-marche", ar="comment-ca-marche", en="how-it-works"),
        title=T(fr="Comment ça marche ?", ar="كيف تعمل الحملة؟", en="How does it work?"),
        search_description=T(
            fr="Lettres, pétitions, messages : découvrez comment Écrire pour les droits fait pression sur les autorités et change des vies.",
            ar="رسائل وعرائض وتغريدات: اكتشفوا كيف تضغط حملة «اكتب من أجل الحقوق» على السلطات وتغيّر حياة الناس.",
            en="Letters, petitions, messages: find out how Write for Rights puts pressure on the authorities and changes lives.",
        ),
        introduction=T(
            fr="Dans plus de 200 pays et territoires, des personnes écrivent des millions de lettres, de courriels et de messages, et signent des pétitions. Ensemble, elles font pression pour que les choses changent.",
            ar="في أكثر من 200 بلد وإقليم، يكتب الناس ملايين الرسائل والرسائل الإلكترونية والتغريدات، ويوقّعون العرائض. ومعًا يضغطون من أجل التغيير.",
            en="In more than 200 countries and territories, people write millions of letters, emails and messages, and sign petitions. Together, they press for change.",
        ),
        body=(
            Illustration(
                "letters",
                T(
                    fr="Illustration : de nombreuses lettres convergent vers une grande enveloppe noire, sur fond de rayons jaunes et blancs",
                    ar="رسم توضيحي: رسائل كثيرة تتجه نحو ظرف أسود كبير، على خلفية من أشعة صفراء وبيضاء",
                    en="Illustration: many letters converging on one large black envelope, against yellow and white rays",
                ),
            ),
            P(
                T(
                    fr="Chaque année, la campagne se mobilise pour des personnes victimes de torture, privées de refuge ou emprisonnées pour s’être exprimées. Pour chacune, nous nous adressons aux gouvernements, aux dirigeants et aux décideurs qui ont le pouvoir d’agir.",
                    ar="في كل عام، تتحرك الحملة من أجل أشخاص تعرّضوا للتعذيب، أو حُرموا من الملاذ الآمن، أو سُجنوا بسبب التعبير عن آرائهم. ومن أجل كل واحد منهم، نتوجه إلى الحكومات والقادة وأصحاب القرار الذين يملكون صلاحية التحرك.",
                    en="Every year, the campaign takes up the cases of people who have been tortured, denied refuge or imprisoned for speaking out. For each of them, we turn to the governments, leaders and decision-makers with the power to act.",
                )
            ),
            P(
                T(
                    fr="Quand vos lettres, vos messages et vos signatures arrivent par milliers, ils deviennent difficiles à ignorer. Cette pression fait bouger les choses : des militants sont libérés, des tortionnaires condamnés, des lois injustes modifiées.",
                    ar="وعندما تصل رسائلكم وتوقيعاتكم بالآلاف، يصعب تجاهلها. وهذا الضغط يُحدث التغيير: يُفرج عن ناشطين، ويُدان مرتكبو التعذيب، وتُعدَّل قوانين جائرة.",
                    en="When your letters, messages and signatures arrive by the thousand, they become hard to ignore. That pressure makes things happen: activists are freed, torturers are convicted and unjust laws are changed.",
                )
            ),
            H2(
                T(
                    fr="Bien plus qu’une pétition",
                    ar="أكثر من مجرد عريضة",
                    en="More than a petition",
                )
            ),
            P(
                T(
                    fr="Signer une pétition est une excellente façon de participer. Mais il existe bien d’autres moyens d’agir.",
                    ar="إن التوقيع على عريضة طريقة ممتازة للمشاركة. لكن هناك طرقًا أخرى كثيرة للتحرك.",
                    en="Signing a petition is a great way to take part. But there are many other ways to act.",
                )
            ),
            UL(
                (
                    T(
                        fr="Écrire une lettre aux autorités ou un message de solidarité",
                        ar="كتابة رسالة إلى السلطات أو رسالة تضامن",
                        en="Write a letter to the authorities or a message of solidarity",
                    ),
                    T(
                        fr="Organiser un événement près de chez vous",
                        ar="تنظيم فعالية بالقرب منكم",
                        en="Organise an event near you",
                    ),
                    T(
                        fr="Partager les histoires de la campagne autour de vous",
                        ar="مشاركة قصص الحملة مع من حولكم",
                        en="Share the campaign’s stories with the people around you",
                    ),
                    T(
                        fr="Télécharger le kit de la campagne, avec des modèles de lettres et bien plus encore",
                        ar="تنزيل دليل الحملة، الذي يتضمن نماذج رسائل وغير ذلك الكثير",
                        en="Download the campaign kit, with model letters and much more",
                    ),
                )
            ),
        ),
    ),
    dict(
        key="pourquoi-agir",
        slug=T(fr="pourquoi-agir", ar="pourquoi-agir", en="why-we-act"),
        title=T(fr="Pourquoi devons-nous agir ?", ar="لماذا يجب أن نتحرك؟", en="Why must we act?"),
        search_description=T(
            fr="Dans de nombreux pays, nos libertés sont menacées. Vos lettres poussent les autorités à agir et redonnent espoir à celles et ceux qu’on veut faire taire.",
            ar="في بلدان كثيرة، حرياتنا مهددة. رسائلكم تدفع السلطات إلى التحرك وتعيد الأمل إلى من يُراد إسكاتهم.",
            en="In many countries, our freedoms are under threat. Your letters push the authorities to act and give hope back to people others want to silence.",
        ),
        introduction=T(
            fr="Dans de nombreux pays, des libertés essentielles sont menacées. Nos lettres et nos actions poussent les autorités à réagir sans attendre.",
            ar="في بلدان كثيرة، باتت حريات أساسية مهددة. ورسائلنا وتحركاتنا تدفع السلطات إلى التصرف دون إبطاء.",
            en="In many countries, essential freedoms are under threat. Our letters and actions push the authorities to respond without delay.",
        ),
        body=(
            Illustration(
                "megaphone",
                T(
                    fr="Illustration : un mégaphone noir dont la voix porte loin, sur fond de rayons",
                    ar="رسم توضيحي: مكبّر صوت أسود يصل صوته بعيدًا، على خلفية من الأشعة",
                    en="Illustration: a black megaphone whose voice carries far, against a background of rays",
                ),
            ),
            P(
                T(
                    fr="La liberté de dénoncer l’injustice, de vivre sur la terre de ses ancêtres, de ne pas subir de discrimination : partout, ces droits sont attaqués. Les personnes que nous soutenons réclament la justice et le respect des droits de toutes et tous, et beaucoup l’ont payé très cher.",
                    ar="حرية فضح الظلم، وحرية العيش على أرض الأجداد، والحق في عدم التعرض للتمييز: هذه الحقوق تتعرض للهجوم في كل مكان. والأشخاص الذين ندعمهم يطالبون بالعدالة وباحترام حقوق الجميع، وقد دفع كثيرون منهم ثمنًا باهظًا.",
                    en="The freedom to denounce injustice, to live on the land of your ancestors, to be free from discrimination: everywhere, these rights are under attack. The people we support demand justice and respect for everyone’s rights, and many have paid a heavy price.",
                )
            ),
            P(
                T(
                    fr="Nombre d’entre eux ont été emprisonnés, victimes de disparition forcée ou agressés. Nos messages poussent les autorités à agir, pour que les tortionnaires soient traduits en justice et que les personnes détenues injustement retrouvent la liberté.",
                    ar="فكثير منهم سُجنوا، أو تعرّضوا للاختفاء القسري، أو للاعتداء. ورسائلنا تدفع السلطات إلى التحرك، حتى يُقدَّم مرتكبو التعذيب إلى العدالة ويستعيد المحتجزون ظلمًا حريتهم.",
                    en="Many of them have been imprisoned, forcibly disappeared or attacked. Our messages push the authorities to act, so that torturers are brought to justice and people unjustly detained regain their freedom.",
                )
            ),
            H2(
                T(
                    fr="Une lettre peut tout changer",
                    ar="رسالة واحدة قد تغيّر كل شيء",
                    en="One letter can change everything",
                )
            ),
            P(
                T(
                    fr="Imaginez-vous enfermé·e, seul·e, sans savoir si quelqu’un se soucie de vous. Puis une lettre arrive, écrite par une personne inconnue qui vous dit qu’elle croit en vous. Quand ces lettres arrivent par milliers, elles rappellent aussi aux autorités que le monde les regarde.",
                    ar="تخيّلوا أنكم محتجزون وحدكم، لا تعرفون إن كان أحد يهتم لأمركم. ثم تصلكم رسالة من شخص لا تعرفونه، يقول لكم إنه يؤمن بكم. وعندما تصل هذه الرسائل بالآلاف، فإنها تذكّر السلطات أيضًا بأن العالم يراقبها.",
                    en="Imagine being locked up, alone, not knowing whether anyone cares what happens to you. Then a letter arrives from someone you have never met, telling you they believe in you. When such letters arrive in their thousands, they also remind the authorities that the world is watching.",
                )
            ),
            Quote(
                text=T(
                    fr="Du fond du cœur, je peux dire que cette campagne m’a maintenue en vie, c’est ce qui les a empêchés de me tuer parce qu’ils savent que vous êtes là.",
                    ar="من أعماق قلبي، أستطيع أن أقول إن هذه الحملة أبقتني على قيد الحياة، فهي ما منعهم من قتلي لأنهم يعلمون أنكم موجودون.",
                    en="From the bottom of my heart, I can say that this campaign has kept me alive; it is what stopped them from killing me, because they know that you are there.",
                ),
                attribution=T(
                    fr="Jani Silva, défenseure de l’environnement, Colombie, 2021",
                    ar="جاني سيلفا، مدافعة عن البيئة، كولومبيا، 2021",
                    en="Jani Silva, environmental defender, Colombia, 2021",
                ),
            ),
        ),
    ),
    dict(
        key="a-qui-ecrivons-nous",
        slug=T(fr="a-qui-ecrivons-nous", ar="a-qui-ecrivons-nous", en="who-we-write-to"),
        title=T(fr="À qui écrivons-nous ?", ar="لمن نكتب؟", en="Who do we write to?"),
        search_description=T(
            fr="Deux lettres : l’une à l’autorité qui peut faire bouger les choses, l’autre à la personne que nous soutenons, pour lui dire qu’elle n’est pas oubliée.",
            ar="رسالتان: الأولى إلى السلطة القادرة على إحداث التغيير، والثانية إلى الشخص الذي ندعمه، لنقول له إنه ليس منسيًا.",
            en="Two letters: one to the authority that can make things change, the other to the person we support, to tell them they are not forgotten.",
        ),
        introduction=T(
            fr="Chaque année, nous vous invitons à écrire deux lettres. L’une s’adresse aux autorités, l’autre à la personne pour qui nous nous mobilisons.",
            ar="في كل عام، ندعوكم إلى كتابة رسالتين: واحدة إلى السلطات، وأخرى إلى الشخص الذي نتحرك من أجله.",
            en="Every year, we invite you to write two letters. One is for the authorities, the other for the person we are campaigning for.",
        ),
        body=(
            Illustration(
                "two-letters",
                T(
                    fr="Illustration : deux enveloppes, l’une marquée d’un bâtiment officiel, l’autre d’un cœur",
                    ar="رسم توضيحي: ظرفان، على أحدهما مبنى رسمي وعلى الآخر قلب",
                    en="Illustration: two envelopes, one marked with an official building, the other with a heart",
                ),
            ),
            H2(
                T(
                    fr="Une lettre aux autorités",
                    ar="رسالة إلى السلطات",
                    en="A letter to the authorities",
                )
            ),
            P(
                T(
                    fr="La première lettre va à la personne qui a le pouvoir de faire bouger les choses : un roi, un président, un chef de la police ou un procureur. Quand des milliers de lettres arrivent sur son bureau, il devient difficile de les ignorer.",
                    ar="تُوجَّه الرسالة الأولى إلى الشخص الذي يملك صلاحية إحداث التغيير: ملك، أو رئيس، أو قائد للشرطة، أو نائب عام. وعندما تصل آلاف الرسائل إلى مكتبه، يصبح من الصعب تجاهلها.",
                    en="The first letter goes to the person with the power to make things change: a king, a president, a police chief or a prosecutor. When thousands of letters land on their desk, they become hard to ignore.",
                )
            ),
            H2(T(fr="Une lettre de solidarité", ar="رسالة تضامن", en="A letter of solidarity")),
            P(
                T(
                    fr="La seconde lettre est destinée à la personne ou au groupe que nous soutenons. Elle leur dit qu’ils ne sont pas seuls et que nous ne les oublierons jamais.",
                    ar="أما الرسالة الثانية فهي موجهة إلى الشخص أو المجموعة التي ندعمها. وهي تقول لهم إنهم ليسوا وحدهم، وإننا لن ننساهم أبدًا.",
                    en="The second letter is for the person or group we are supporting. It tells them that they are not alone and that we will never forget them.",
                )
            ),
            P(
                T(
                    fr="Quelques mots sincères suffisent. Dans les moments les plus difficiles, ils peuvent redonner de la force et de l’espoir.",
                    ar="تكفي بضع كلمات صادقة. ففي أصعب اللحظات، يمكنها أن تعيد القوة والأمل.",
                    en="A few heartfelt words are enough. In the hardest moments, they can bring back strength and hope.",
                )
            ),
        ),
    ),
    dict(
        key="est-ce-que-ca-marche",
        slug=T(fr="est-ce-que-ca-marche", ar="est-ce-que-ca-marche", en="does-it-work"),
        title=T(fr="Est-ce que ça marche ?", ar="هل تُحدث الحملة فرقًا؟", en="Does it work?"),
        search_description=T(
            fr="Oui. Grâce à vos lettres et à vos actions, des personnes sont libérées et la justice est rendue. Découvrez les victoires d’Écrire pour les droits.",
            ar="نعم. بفضل رسائلكم وتحركاتكم، يُفرج عن أشخاص وتتحقق العدالة. تعرّفوا على انتصارات حملة «اكتب من أجل الحقوق».",
            en="Yes. Thanks to your letters and actions, people are freed and justice is done. Discover what Write for Rights has achieved.",
        ),
        introduction=T(
            fr="Oui ! Chaque année, vos lettres et vos actions apportent de véritables changements.",
            ar="نعم! في كل عام، تُحدث رسائلكم وتحركاتكم تغييرات حقيقية.",
            en="Yes! Every year, your letters and actions bring about real change.",
        ),
        body=(
            Illustration(
                "open-padlock",
                T(
                    fr="Illustration : un cadenas ouvert dans la lumière",
                    ar="رسم توضيحي: قفل مفتوح في الضوء",
                    en="Illustration: an open padlock in the light",
                ),
            ),
            P(
                T(
                    fr="Des personnes emprisonnées injustement sont libérées. Des tortionnaires sont traduits en justice. Des personnes détenues sont traitées avec plus d’humanité.",
                    ar="يُفرج عن أشخاص سُجنوا ظلمًا. ويُقدَّم مرتكبو التعذيب إلى العدالة. ويُعامَل المحتجزون معاملة أكثر إنسانية.",
                    en="People who were unjustly imprisoned are freed. Torturers are brought to justice. Detainees are treated more humanely.",
                )
            ),
            P(
                T(
                    fr="Du Zimbabwe au Guatemala en passant par le Kirghizistan, des militants ont retrouvé la liberté et justice a été rendue. Depuis les débuts de la campagne en 2001, des millions de personnes comme vous ont changé la vie de celles et ceux dont les droits étaient bafoués.",
                    ar="من زيمبابوي إلى غواتيمالا مرورًا بقيرغيزستان، استعاد ناشطون حريتهم وتحققت العدالة. ومنذ انطلاق الحملة عام 2001، غيّر ملايين الأشخاص مثلكم حياة من انتُهكت حقوقهم.",
                    en="From Zimbabwe to Guatemala to Kyrgyzstan, activists have regained their freedom and justice has been done. Since the campaign began in 2001, millions of people like you have changed the lives of those whose rights were violated.",
                )
            ),
            P(
                T(
                    fr="Quelques minutes pour signer une pétition ou écrire une lettre peuvent faire la différence. Voici quelques exemples de ce que nous avons obtenu ensemble.",
                    ar="بضع دقائق تقضونها في التوقيع على عريضة أو كتابة رسالة قد تُحدث الفرق. وإليكم بعض الأمثلة على ما حققناه معًا.",
                    en="A few minutes spent signing a petition or writing a letter can make a difference. Here are some examples of what we have achieved together.",
                )
            ),
            Quote(
                text=T(
                    fr="Je tiens à exprimer mon immense, immense gratitude… [vos] pétitions, signatures, et le grand nombre de lettres qui sont arrivées jusqu’au tribunal, jusqu’au bureau du procureur – tout cela était très puissant.",
                    ar="أريد أن أعبّر عن امتناني الكبير، الكبير جدًا… [إنّ] عرائضكم، وتوقيعاتكم، والعدد الكبير من الرسائل التي وصلت إلى المحكمة، إلى مكتب المدعي العام – كل ذلك كان قويًا جدًا.",
                    en="I want to express my immense, immense gratitude… [your] petitions, signatures, and the great number of letters that reached the court, that reached the prosecutor’s office – all of this was very powerful.",
                ),
                attribution=T(
                    fr="Rita Karassartova, défenseure des droits humains, Kirghizistan, 2024",
                    ar="ريتا كاراسارتوفا، مدافعة عن حقوق الإنسان، قيرغيزستان، 2024",
                    en="Rita Karassartova, human rights defender, Kyrgyzstan, 2024",
                ),
            ),
        ),
    ),
)

SUCCESS_STORIES = (
    dict(
        key="alexandra-skotchilenko",
        slug=T(
            fr="alexandra-skotchilenko", ar="alexandra-skotchilenko", en="alexandra-skochilenko"
        ),
        title=T(fr="Une artiste libérée", ar="الإفراج عن فنانة", en="An artist set free"),
        person_name=T(
            fr="Alexandra Skotchilenko", ar="ألكسندرا سكوتشيلينكو", en="Alexandra Skochilenko"
        ),
        country="RU",
        person="woman",
        outcome="released",
        outcome_date="2024-08-01",
        action_count=None,
        action_year=None,
        summary=T(
            fr="L’artiste russe Alexandra Skotchilenko libérée en août 2024 lors d’un échange de prisonniers",
            ar="الإفراج عن الفنانة الروسية ألكسندرا سكوتشيلينكو في غشت 2024 ضمن تبادل للسجناء",
            en="Russian artist Alexandra Skochilenko freed in August 2024 in a prisoner exchange",
        ),
        story=(
            P(
                T(
                    fr="Alexandra Skotchilenko est une artiste et militante russe. Emprisonnée pour ses prises de position, elle a bénéficié d’une vaste campagne publique en faveur de sa libération.",
                    ar="ألكسندرا سكوتشيلينكو فنانة وناشطة روسية. سُجنت بسبب مواقفها، وحظيت بحملة عامة واسعة للمطالبة بالإفراج عنها.",
                    en="Alexandra Skochilenko is a Russian artist and activist. Imprisoned for speaking out, she was the focus of a large public campaign for her release.",
                )
            ),
            P(
                T(
                    fr="En août 2024, elle a été libérée dans le cadre d’un échange de prisonniers historique. Sa libération montre qu’une mobilisation large et tenace peut aboutir.",
                    ar="وفي غشت 2024، أُفرج عنها في إطار عملية تبادل تاريخية للسجناء. ويُظهر الإفراج عنها أن التعبئة الواسعة والمثابرة قادرة على تحقيق النتائج.",
                    en="In August 2024, she was freed as part of a historic prisoner exchange. Her release shows that broad and persistent mobilisation can succeed.",
                )
            ),
        ),
        portrait_alt=T(
            fr="Illustration : silhouette stylisée sur fond coloré, évoquant Alexandra Skotchilenko",
            ar="رسم توضيحي: صورة ظلية مبسّطة على خلفية ملوّنة ترمز إلى ألكسندرا سكوتشيلينكو",
            en="Illustration: a stylised silhouette on a coloured background, representing Alexandra Skochilenko",
        ),
    ),
    dict(
        key="rita-karassartova",
        slug=T(fr="rita-karassartova", ar="rita-karassartova", en="rita-karassartova"),
        title=T(fr="Une militante acquittée", ar="تبرئة ناشطة حقوقية", en="An activist acquitted"),
        person_name=T(fr="Rita Karassartova", ar="ريتا كاراسارتوفا", en="Rita Karassartova"),
        country="KG",
        person="woman",
        outcome="acquitted",
        outcome_date="2024-06-14",
        action_count=400000,
        action_year=2023,
        summary=T(
            fr="La défenseure des droits humains Rita Karassartova acquittée au Kirghizistan le 14 juin 2024",
            ar="تبرئة المدافعة عن حقوق الإنسان ريتا كاراسارتوفا في قيرغيزستان في 14 يونيو 2024",
            en="Human rights defender Rita Karassartova acquitted in Kyrgyzstan on 14 June 2024",
        ),
        story=(
            P(
                T(
                    fr="Rita Karassartova est une défenseure des droits humains au Kirghizistan. Elle a été poursuivie en justice en raison de son engagement.",
                    ar="ريتا كاراسارتوفا مدافعة عن حقوق الإنسان في قيرغيزستان. وقد لوحقت قضائيًا بسبب نشاطها.",
                    en="Rita Karassartova is a human rights defender in Kyrgyzstan. She was prosecuted because of her work.",
                )
            ),
            P(
                T(
                    fr="En 2023, plus de 400 000 actions ont été menées pour elle dans le cadre d’Écrire pour les droits. Le 14 juin 2024, elle a été acquittée.",
                    ar="في عام 2023، نُفّذ أكثر من 400.000 تحرك من أجلها ضمن حملة «اكتب من أجل الحقوق». وفي 14 يونيو 2024، صدر حكم ببراءتها.",
                    en="In 2023, more than 400,000 actions were taken for her as part of Write for Rights. On 14 June 2024, she was acquitted.",
                )
            ),
            P(
                T(
                    fr="Après son acquittement, elle a salué la force des pétitions, des signatures et des lettres arrivées jusqu’au tribunal. Votre mobilisation a compté.",
                    ar="وبعد تبرئتها، أشادت بقوة العرائض والتوقيعات والرسائل التي وصلت إلى المحكمة. لقد كان لتحرككم أثر حقيقي.",
                    en="After her acquittal, she spoke of the power of the petitions, signatures and letters that reached the court. Your action made a difference.",
                )
            ),
        ),
        portrait_alt=T(
            fr="Illustration : silhouette stylisée sur fond coloré, évoquant Rita Karassartova",
            ar="رسم توضيحي: صورة ظلية مبسّطة على خلفية ملوّنة ترمز إلى ريتا كاراسارتوفا",
            en="Illustration: a stylised silhouette on a coloured background, representing Rita Karassartova",
        ),
    ),
    dict(
        key="bernardo-caal-xol",
        slug=T(fr="bernardo-caal-xol", ar="bernardo-caal-xol", en="bernardo-caal-xol"),
        title=T(
            fr="Un défenseur de l’environnement libéré",
            ar="الإفراج عن مدافع عن البيئة",
            en="An environmental defender freed",
        ),
        person_name=T(fr="Bernardo Caal Xol", ar="برناردو كال شول", en="Bernardo Caal Xol"),
        country="GT",
        person="man",
        outcome="released",
        outcome_date="2022-03-01",
        action_count=500000,
        action_year=2021,
        summary=T(
            fr="Le défenseur maya q’eqchi’ Bernardo Caal Xol libéré au Guatemala en mars 2022",
            ar="الإفراج عن برناردو كال شول، المدافع عن البيئة من شعب المايا كيكتشي، في غواتيمالا في مارس 2022",
            en="Maya Q’eqchi’ defender Bernardo Caal Xol freed in Guatemala in March 2022",
        ),
        story=(
            P(
                T(
                    fr="Bernardo Caal Xol est un défenseur de l’environnement guatémaltèque, issu du peuple autochtone maya q’eqchi’. Il a été emprisonné en raison de son engagement.",
                    ar="برناردو كال شول مدافع عن البيئة من غواتيمالا، ينتمي إلى شعب المايا كيكتشي الأصلي. وقد سُجن بسبب نضاله.",
                    en="Bernardo Caal Xol is a Guatemalan environmental defender from the Indigenous Maya Q’eqchi’ people. He was imprisoned because of his activism.",
                )
            ),
            P(
                T(
                    fr="En 2021, plus de 500 000 actions ont été menées à travers le monde dans le cadre d’Écrire pour les droits pour demander sa libération. En mars 2022, il a retrouvé la liberté.",
                    ar="في عام 2021، نُفّذ أكثر من 500.000 تحرك حول العالم ضمن حملة «اكتب من أجل الحقوق» للمطالبة بالإفراج عنه. وفي مارس 2022، استعاد حريته.",
                    en="In 2021, more than 500,000 actions were taken around the world as part of Write for Rights, calling for his release. In March 2022, he walked free.",
                )
            ),
        ),
        portrait_alt=T(
            fr="Illustration : silhouette stylisée sur fond coloré, évoquant Bernardo Caal Xol",
            ar="رسم توضيحي: صورة ظلية مبسّطة على خلفية ملوّنة ترمز إلى برناردو كال شول",
            en="Illustration: a stylised silhouette on a coloured background, representing Bernardo Caal Xol",
        ),
    ),
)

# The section's contact details, as the footer, the privacy notice and the legal notice give
# them. DEMO CONTENT, NOT VERIFIED: the address, e-mail addresses, phone number and social
# accounts below are plausible stand-ins for Amnesty International Maroc's own; the section
# must check each of them (and name its web host in the legal notice) before the site goes live.
SECTION_ADDRESS = (
    T(
        fr="281, avenue Mohammed V, appartement 23, escalier A",
        ar="281، شارع محمد الخامس، الشقة 23، الدرج أ",
        en="281 Avenue Mohammed V, Apartment 23, Staircase A",
    ),
    T(fr="10000 Rabat", ar="10000 الرباط", en="10000 Rabat"),
    T(fr="Maroc", ar="المغرب", en="Morocco"),
)
SECTION_EMAIL = "contact@amnesty.ma"
DATA_PROTECTION_EMAIL = "protection.donnees@amnesty.ma"

FOOTER = dict(
    organisation=T(
        fr="Amnesty International Maroc",
        ar="فرع منظمة العفو الدولية في المغرب",
        en="Amnesty International Morocco",
    ),
    address=SECTION_ADDRESS,
    email=SECTION_EMAIL,
    phone="+212 5 37 72 82 33",
    # The same handles in every language.
    social_accounts=(
        ("facebook", "https://www.facebook.com/AmnestyMaroc"),
        ("x", "https://x.com/AmnestyMaroc"),
        ("instagram", "https://www.instagram.com/amnestymaroc/"),
        ("youtube", "https://www.youtube.com/@AmnestyMaroc"),
    ),
)

# What the privacy notice says is what the code does: cases.models.actions (what each action
# stores), cases.privacy and the settings (retention, written by the RetentionPeriods block),
# cases.emails (confirmation, reminder, updates only with consent), cases.views (client
# addresses counted in the cache, never stored), encryption (at rest, the blind index), and no
# cookie on public pages (tests: cases/tests/test_actions.py, tests/test_page_cache.py).
NOTICE_PAGES = (
    dict(
        key="confidentialite",
        slug=T(fr="confidentialite", ar="confidentialite", en="privacy"),
        title=T(fr="Politique de confidentialité", ar="سياسة الخصوصية", en="Privacy notice"),
        search_description=T(
            fr="Ce que le site garde de vous quand vous agissez, pourquoi, combien de temps, et comment exercer vos droits.",
            ar="ما يحتفظ به الموقع عنكم حين تتحركون، ولماذا، وإلى متى، وكيف تمارسون حقوقكم.",
            en="What the site keeps about you when you act, why, for how long, and how to use your rights.",
        ),
        introduction=T(
            fr="Quand vous signez, écrivez ou envoyez un message, ce site garde le moins de données possible, et seulement le temps nécessaire. Voici lesquelles, pourquoi, pour combien de temps, et comment exercer vos droits.",
            ar="حين توقّعون أو تكتبون أو ترسلون رسالة، لا يحتفظ هذا الموقع إلا بأقل قدر ممكن من المعطيات، وللمدة اللازمة فقط. إليكم ما هي، ولماذا، وإلى متى، وكيف تمارسون حقوقكم.",
            en="When you sign, write or send a message, this site keeps as little data as it can, and only for as long as it needs it. Here is what it keeps, why, for how long, and how to use your rights.",
        ),
        body=(
            H2(
                T(
                    fr="Qui est responsable de vos données",
                    ar="من المسؤول عن معطياتكم",
                    en="Who is responsible for your data",
                )
            ),
            P(
                T(
                    fr="Amnesty International Maroc, la section marocaine d’Amnesty International, 281, avenue Mohammed V, appartement 23, escalier A, 10000 Rabat, est responsable des données recueillies sur ce site.",
                    ar="فرع منظمة العفو الدولية في المغرب، الكائن في 281، شارع محمد الخامس، الشقة 23، الدرج أ، 10000 الرباط، هو المسؤول عن المعطيات التي يجمعها هذا الموقع.",
                    en="Amnesty International Morocco, the Moroccan section of Amnesty International, 281 Avenue Mohammed V, Apartment 23, Staircase A, 10000 Rabat, is responsible for the data collected on this site.",
                )
            ),
            EmailAddress(
                T(
                    fr="Pour toute question sur vos données, écrivez à notre contact pour la protection des données :",
                    ar="لأي سؤال عن معطياتكم، راسلوا المسؤول عن حماية المعطيات في الفرع على العنوان:",
                    en="For any question about your data, write to our data-protection contact:",
                ),
                DATA_PROTECTION_EMAIL,
            ),
            H2(
                T(
                    fr="Ce que nous recueillons, et pourquoi",
                    ar="ما نجمعه، ولماذا",
                    en="What we collect, and why",
                )
            ),
            UL(
                (
                    T(
                        fr="Pétition : votre nom, votre adresse e-mail et votre pays, la langue de la page, la date et le texte exact du consentement que vous avez coché. Votre nom et votre pays sont remis, avec la pétition, à l’autorité à laquelle elle s’adresse ; votre adresse e-mail ne l’est jamais. Elle sert à confirmer votre signature, qui ne compte qu’une fois confirmée.",
                        ar="العريضة: اسمكم وعنوان بريدكم الإلكتروني وبلدكم، ولغة الصفحة، والتاريخ، والنص الحرفي للموافقة التي أشّرتم عليها. يُسلَّم اسمكم وبلدكم، مع العريضة، إلى السلطة الموجَّهة إليها؛ أما عنوان بريدكم الإلكتروني فلا يُسلَّم أبدًا، وإنما يُستعمل لتأكيد توقيعكم، الذي لا يُحتسب إلا بعد تأكيده.",
                        en="Petition: your name, e-mail address and country, the language of the page, the date, and the exact words of the consent you ticked. Your name and country are handed, with the petition, to the authority it is addressed to; your e-mail address never is. It is used to confirm your signature, which counts only once confirmed.",
                    ),
                    T(
                        fr="Nouvelles du cas : nous ne vous écrivons quand le cas avance que si vous avez coché « Tenez-moi informé·e de ce cas », une case distincte de la première. Chaque message contient un lien pour ne plus en recevoir.",
                        ar="مستجدات الحالة: لا نراسلكم حين تتطور الحالة إلا إذا أشّرتم على خانة «أبقوني على اطلاع بمستجدات هذه الحالة»، المستقلة عن الأولى. وتتضمن كل رسالة رابطًا لإيقاف هذه الرسائل.",
                        en="News of the case: we write to you when the case moves only if you ticked “Keep me informed about this case”, a box separate from the first. Every message has a link to receive no more.",
                    ),
                    T(
                        fr="Message de solidarité : votre prénom, votre ville et votre message. Après modération, ils peuvent être affichés sur ce site et transmis à la personne soutenue ou à sa famille.",
                        ar="رسالة التضامن: اسمكم الشخصي ومدينتكم ورسالتكم. وبعد مراجعتها، يمكن أن تُنشر على هذا الموقع وأن تُنقل إلى الشخص الذي ندعمه أو إلى عائلته.",
                        en="Message of solidarity: your first name, city and message. Once a moderator has read them, they may be shown on this site and passed on to the person we support or to their family.",
                    ),
                    T(
                        fr="Lettre : quand vous indiquez avoir envoyé votre lettre, nous n’enregistrons que le cas, la langue et la date, rien qui vous désigne. Le nom que vous donnez pour imprimer la lettre sert à l’imprimer et n’est pas enregistré.",
                        ar="الرسالة إلى السلطات: حين تخبروننا بأنكم أرسلتم رسالتكم، لا نسجّل سوى الحالة واللغة والتاريخ، ولا شيء يدل عليكم. أما الاسم الذي تكتبونه لطباعة الرسالة فلا يُستعمل إلا للطباعة ولا يُحفظ.",
                        en="Letter: when you tell us you have sent your letter, we record only the case, the language and the date, nothing that points to you. The name you give to print the letter is used to print it and is not recorded.",
                    ),
                    T(
                        fr="Partage : les boutons de partage sont de simples liens ; rien n’est envoyé aux réseaux sociaux tant que vous n’en suivez pas un.",
                        ar="المشاركة: أزرار المشاركة مجرد روابط، ولا يُرسَل أي شيء إلى شبكات التواصل الاجتماعي ما لم تنقروا على أحدها.",
                        en="Sharing: the share buttons are plain links; nothing is sent to social networks unless you follow one.",
                    ),
                )
            ),
            P(
                T(
                    fr="Nous traitons ces données parce que vous y consentez en cochant la case prévue. Elles ne sont jamais vendues, ni louées, ni utilisées pour de la publicité, ni partagées à d’autres fins.",
                    ar="نعالج هذه المعطيات لأنكم توافقون على ذلك بالتأشير على الخانة المخصصة. ولا تُباع أبدًا، ولا تؤجَّر، ولا تُستعمل للإعلانات، ولا تُشارَك لأي غرض آخر.",
                    en="We process this data because you consent to it by ticking the box. It is never sold, rented, used for advertising or shared for any other purpose.",
                )
            ),
            H2(T(fr="Qui y a accès", ar="من يطّلع عليها", en="Who has access to it")),
            P(
                T(
                    fr="Au sein de la section, seules les personnes chargées des données de la campagne voient les signatures et les messages ; les autres membres de l’équipe n’en voient que les nombres. L’autorité à laquelle s’adresse la pétition, souvent hors du Maroc, reçoit les noms et les pays des signataires, jamais leurs adresses e-mail. Nos prestataires d’hébergement et d’envoi d’e-mails ne traitent ces données que pour faire fonctionner le site.",
                    ar="داخل الفرع، لا يطّلع على التوقيعات والرسائل إلا الأشخاص المكلّفون بمعطيات الحملة، أما باقي أعضاء الفريق فلا يرون منها سوى الأعداد. وتتسلّم السلطة الموجَّهة إليها العريضة، وكثيرًا ما تكون خارج المغرب، أسماء الموقّعين وبلدانهم، ولا تتسلّم أبدًا عناوين بريدهم الإلكتروني. ولا يعالج مزوّدو الاستضافة وإرسال البريد الإلكتروني هذه المعطيات إلا لتشغيل الموقع.",
                    en="Within the section, only the people in charge of the campaign’s data see the signatures and messages; the rest of the team sees only the numbers. The authority the petition is addressed to, often outside Morocco, receives the signatories’ names and countries, never their e-mail addresses. Our hosting and e-mail providers process this data only to run the site.",
                )
            ),
            H2(
                T(
                    fr="Combien de temps nous les gardons",
                    ar="إلى متى نحتفظ بها",
                    en="How long we keep it",
                )
            ),
            RetentionPeriods(),
            P(
                T(
                    fr="Vous pouvez aussi faire effacer vos données à tout moment : voir « Vos droits » ci-dessous.",
                    ar="ويمكنكم أيضًا أن تطلبوا محو معطياتكم في أي وقت: انظروا «حقوقكم» أدناه.",
                    en="You can also have your data erased at any time: see “Your rights” below.",
                )
            ),
            H2(T(fr="Comment nous les protégeons", ar="كيف نحميها", en="How we protect it")),
            P(
                T(
                    fr="Les noms, adresses e-mail, prénoms, villes et messages sont chiffrés dans la base de données et dans ses sauvegardes (chiffrement authentifié, AES et HMAC). Pour retrouver une signature sans déchiffrer les adresses, le site ne garde de chacune qu’une empreinte calculée avec une clé secrète. Les clés ne sont pas conservées dans la base de données.",
                    ar="تُخزَّن الأسماء وعناوين البريد الإلكتروني والأسماء الشخصية والمدن والرسائل مشفّرةً في قاعدة البيانات وفي نسخها الاحتياطية (تشفير موثَّق بخوارزميتَي AES وHMAC). وللعثور على توقيع دون فك تشفير العناوين، لا يحتفظ الموقع عن كل عنوان إلا ببصمة تُحسب بمفتاح سري. ولا تُحفظ المفاتيح في قاعدة البيانات.",
                    en="Names, e-mail addresses, first names, cities and messages are encrypted in the database and in its backups (authenticated encryption, AES and HMAC). To find a signature without decrypting the addresses, the site keeps of each only a fingerprint computed with a secret key. The keys are not kept in the database.",
                )
            ),
            P(
                T(
                    fr="Le site n’enregistre pas l’adresse IP de votre connexion, et ses serveurs ne tiennent pas de journal des visites.",
                    ar="لا يسجّل الموقع عنوان IP الخاص باتصالكم، ولا تحتفظ خوادمه بسجلّ للزيارات.",
                    en="The site does not record the IP address of your connection, and its servers keep no log of visits.",
                )
            ),
            H2(
                T(
                    fr="Ni cookies, ni traceurs, ni publicité",
                    ar="لا ملفات تعريف ارتباط، ولا أدوات تتبّع، ولا إعلانات",
                    en="No cookies, no trackers, no advertising",
                )
            ),
            P(
                T(
                    fr="Ce site ne dépose aucun cookie sur votre appareil, n’utilise aucun outil de mesure d’audience ni aucun traceur et n’affiche aucune publicité. Ses polices, ses scripts et ses images viennent du site lui-même : en le lisant, votre navigateur ne contacte aucun autre service. Seul l’espace d’administration, réservé à l’équipe de la campagne, utilise des cookies.",
                    ar="لا يضع هذا الموقع أي ملف تعريف ارتباط (كوكي) على جهازكم، ولا يستعمل أي أداة لقياس الجمهور أو للتتبّع، ولا يعرض أي إعلان. وخطوطه وبرامجه النصية وصوره كلها من الموقع نفسه: لا يتصل متصفحكم بأي خدمة أخرى وأنتم تتصفحونه. ولا تستعمل ملفات تعريف الارتباط إلا مساحة الإدارة المخصصة لفريق الحملة.",
                    en="This site puts no cookie on your device, uses no audience measurement or tracker, and shows no advertising. Its fonts, scripts and images come from the site itself: while you read it, your browser contacts no other service. Only the administration area, for the campaign team, uses cookies.",
                )
            ),
            H2(T(fr="Vos droits", ar="حقوقكم", en="Your rights")),
            P(
                T(
                    fr="Selon la loi n° 09-08 relative à la protection des personnes physiques à l’égard du traitement des données à caractère personnel, vous pouvez accéder à vos données, les faire rectifier ou effacer, et vous opposer à leur traitement. Vous pouvez aussi retirer votre consentement à tout moment.",
                    ar="وفقًا للقانون رقم 09.08 المتعلق بحماية الأشخاص الذاتيين تجاه معالجة المعطيات ذات الطابع الشخصي، يحق لكم الولوج إلى معطياتكم، وتصحيحها أو محوها، والتعرض على معالجتها. ويمكنكم أيضًا سحب موافقتكم في أي وقت.",
                    en="Under Morocco’s Law No. 09-08 on the protection of individuals with regard to the processing of personal data, you may access your data, have it corrected or erased, and object to its processing. You may also withdraw your consent at any time.",
                )
            ),
            UL(
                (
                    T(
                        fr="Une signature pas encore confirmée : le lien de l’e-mail de confirmation prévu si vous n’avez pas signé la supprime aussitôt, avec tout ce qu’elle contient.",
                        ar="توقيع لم يُؤكَّد بعد: الرابط الوارد في رسالة التأكيد لمن لم يوقّع يحذفه فورًا مع كل ما يتضمنه.",
                        en="A signature not yet confirmed: the link in the confirmation e-mail for those who did not sign deletes it at once, with everything it holds.",
                    ),
                    T(
                        fr="Les nouvelles d’un cas : le lien présent dans chacune arrête les envois.",
                        ar="مستجدات حالة ما: الرابط الموجود في كل رسالة يوقف الإرسال.",
                        en="News of a case: the link in each one stops them.",
                    ),
                    T(
                        fr="Tout le reste (consulter, corriger ou effacer vos signatures, ou effacer un message de solidarité) : écrivez-nous depuis l’adresse avec laquelle vous avez signé ; pour un message, indiquez le cas, votre prénom et votre ville. Nous effaçons alors toutes les signatures de cette adresse, qu’elle soit écrite en majuscules ou en minuscules.",
                        ar="كل ما عدا ذلك (الاطلاع على توقيعاتكم أو تصحيحها أو محوها، أو محو رسالة تضامن): راسلونا من العنوان الذي وقّعتم به، وبالنسبة إلى رسالة التضامن، اذكروا الحالة واسمكم الشخصي ومدينتكم. ونمحو حينئذ كل توقيعات هذا العنوان، سواء كُتب بحروف كبيرة أم صغيرة.",
                        en="Everything else (seeing, correcting or erasing your signatures, or erasing a message of solidarity): write to us from the address you signed with; for a message, tell us the case, your first name and your city. We then erase every signature of that address, whether it is written in capitals or not.",
                    ),
                )
            ),
            EmailAddress(
                T(
                    fr="Pour exercer ces droits, écrivez à",
                    ar="لممارسة هذه الحقوق، راسلونا على العنوان",
                    en="To use these rights, write to",
                ),
                DATA_PROTECTION_EMAIL,
            ),
            P(
                T(
                    fr="Si vous estimez que vos droits ne sont pas respectés, vous pouvez saisir la Commission nationale de contrôle de la protection des données à caractère personnel (CNDP), www.cndp.ma.",
                    ar="وإذا رأيتم أن حقوقكم لم تُحترم، يمكنكم تقديم شكوى إلى اللجنة الوطنية لمراقبة حماية المعطيات ذات الطابع الشخصي (CNDP) عبر موقعها www.cndp.ma",
                    en="If you believe your rights are not respected, you may complain to Morocco’s data-protection authority, the CNDP (Commission nationale de contrôle de la protection des données à caractère personnel), www.cndp.ma.",
                )
            ),
        ),
    ),
    dict(
        key="mentions-legales",
        slug=T(fr="mentions-legales", ar="mentions-legales", en="legal-notice"),
        title=T(fr="Mentions légales", ar="إشعار قانوني", en="Legal notice"),
        search_description=T(
            fr="Qui publie le site Écrire pour les droits, qui l’héberge, et comment nous joindre.",
            ar="من ينشر موقع «اكتب من أجل الحقوق»، ومن يستضيفه، وكيف تتواصلون معنا.",
            en="Who publishes the Write for Rights site, who hosts it, and how to reach us.",
        ),
        introduction=T(
            fr="Qui publie ce site, qui l’héberge, et comment nous joindre.",
            ar="من ينشر هذا الموقع، ومن يستضيفه، وكيف تتواصلون معنا.",
            en="Who publishes this site, who hosts it, and how to reach us.",
        ),
        body=(
            H2(T(fr="Éditeur", ar="الناشر", en="Publisher")),
            P(
                T(
                    fr="Ce site est publié par Amnesty International Maroc, section marocaine d’Amnesty International, association de droit marocain, 281, avenue Mohammed V, appartement 23, escalier A, 10000 Rabat, Maroc.",
                    ar="ينشر هذا الموقعَ فرعُ منظمة العفو الدولية في المغرب، وهو جمعية خاضعة للقانون المغربي، الكائن في 281، شارع محمد الخامس، الشقة 23، الدرج أ، 10000 الرباط، المغرب.",
                    en="This site is published by Amnesty International Morocco, the Moroccan section of Amnesty International, an association under Moroccan law, 281 Avenue Mohammed V, Apartment 23, Staircase A, 10000 Rabat, Morocco.",
                )
            ),
            EmailAddress(
                T(
                    fr="Pour écrire à la section :",
                    ar="لمراسلة الفرع، اكتبوا إلى:",
                    en="To write to the section:",
                ),
                SECTION_EMAIL,
            ),
            H2(T(fr="Responsable de la publication", ar="مدير النشر", en="Publication director")),
            P(
                T(
                    fr="La direction exécutive d’Amnesty International Maroc.",
                    ar="الإدارة التنفيذية لفرع منظمة العفو الدولية في المغرب.",
                    en="The executive director of Amnesty International Morocco.",
                )
            ),
            H2(T(fr="Hébergement", ar="الاستضافة", en="Hosting")),
            # DEMO: the section names its host here (name, address, phone) before going live.
            P(
                T(
                    fr="Le site est hébergé par un prestataire qui agit pour le compte de la section et n’accède aux données que pour faire fonctionner le site.",
                    ar="يستضيف الموقعَ مزوّدُ خدمات يعمل لحساب الفرع، ولا يطّلع على المعطيات إلا لتشغيل الموقع.",
                    en="The site is hosted by a provider that acts on the section’s behalf and accesses the data only to run the site.",
                )
            ),
            H2(T(fr="Contenus", ar="المحتوى", en="Content")),
            P(
                T(
                    fr="Les textes des cas viennent de la campagne mondiale Écrire pour les droits d’Amnesty International. Partagez-les pour faire connaître ces personnes.",
                    ar="نصوص الحالات مأخوذة من حملة «اكتب من أجل الحقوق» العالمية لمنظمة العفو الدولية. شاركوها للتعريف بهؤلاء الأشخاص.",
                    en="The texts of the cases come from Amnesty International’s global Write for Rights campaign. Share them to make these people known.",
                )
            ),
            H2(T(fr="Données personnelles", ar="المعطيات الشخصية", en="Personal data")),
            P(
                T(
                    fr="Ce que le site garde de vous, et comment exercer vos droits, est expliqué dans notre politique de confidentialité, en bas de chaque page.",
                    ar="تشرح سياسة الخصوصية، المتاحة أسفل كل صفحة، ما يحتفظ به الموقع عنكم وكيف تمارسون حقوقكم.",
                    en="What the site keeps about you, and how to use your rights, is explained in our privacy notice, at the foot of every page.",
                )
            ),
        ),
    ),
)
