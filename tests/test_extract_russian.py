"""Russian reports: the same facts as English ones, whatever case form a name takes."""

from __future__ import annotations

import re
from pathlib import Path

from plenary.extract import PIPELINES, REGISTRY, extract
from plenary.extract.doc import Doc, split_sentences
from plenary.extract.russian.dates import find_dates
from plenary.extract.russian.gazetteer import find_mentions, find_unknown_people, tokenize
from plenary.spec import (
    Appointment,
    Article,
    Award,
    Chairmanship,
    Document,
    Fact,
    Initiative,
    Meeting,
    Participant,
    Statistic,
)


def facts(
    text: str, published: str | None = "2024-10-09", language: str | None = "ru"
) -> list[Fact]:
    return extract(Article(name="ru.txt", text=text, published=published, language=language))


def meetings(text: str, published: str | None = "2024-10-09") -> list[Meeting]:
    return [f for f in facts(text, published) if isinstance(f, Meeting)]


def people(text: str, published: str | None = "2024-10-09") -> dict[str, Participant]:
    return {f.person: f for f in facts(text, published) if isinstance(f, Participant)}


def test_names_match_in_every_case_form() -> None:
    text = (
        "Встреча Владимира Путина с Касым-Жомартом Токаевым прошла на полях заседания "
        "Совета глав государств СНГ в Москве."
    )
    found = {(m.type, m.key) for m in find_mentions(text, tokenize(text))}
    assert found == {
        ("person", "Vladimir Putin"),
        ("person", "Kassym-Jomart Tokayev"),
        ("body", "cis-heads-of-state"),
        ("place", "Moscow"),
    }


def test_a_capitalized_name_is_not_a_common_word() -> None:
    text = "Сезон путины начался."  # "путина", the fishing season, is no "Путин"
    assert find_mentions(text, tokenize(text)) == []


def test_dates_as_russian_reports_write_them() -> None:
    found = find_dates("8 октября 2024 года, 13–14 ноября, в мае 2025 года, во вторник, вчера")
    assert [(d.year, d.month, d.day, d.range, d.relative) for d in found] == [
        (2024, 10, 8, False, None),
        (None, 11, 13, True, None),
        (2025, 5, None, False, None),
        (None, None, None, False, ":tuesday"),
        (None, None, None, False, "yesterday"),
    ]


def test_the_environment_is_no_wednesday() -> None:
    assert find_dates("Стороны обсудили защиту окружающей среду.") == []


def test_a_held_session_with_its_day_place_and_formats() -> None:
    found = meetings(
        "Заседание Совета глав государств СНГ состоялось 8 октября в Москве. "
        "Сначала лидеры встретились в узком составе, затем в расширенном."
    )
    assert [(m.body, m.date, m.place, m.planned, m.formats) for m in found] == [
        ("cis-heads-of-state", "2024-10-08", "Moscow", False, ["extended", "narrow"])
    ]


def test_the_next_session_is_planned_and_apart() -> None:
    found = meetings(
        "Саммит ОДКБ прошел в Астане 28 ноября. "
        "Следующее заседание Совета коллективной безопасности ОДКБ пройдет в Москве в 2025 году.",
        published="2024-11-29",
    )
    assert [(m.body, m.date, m.place, m.planned) for m in found] == [
        ("csto-collective-security-council", "2024-11-28", "Astana", False),
        ("csto-collective-security-council", "2025", "Moscow", True),
    ]


def test_a_titles_years_do_not_date_the_session() -> None:
    found = meetings(
        "Главы правительств СНГ утвердили Концепцию сотрудничества до 2030 года "
        "на заседании в Ашхабаде."
    )
    assert [(m.body, m.date, m.place) for m in found] == [
        ("cis-heads-of-government", None, "Ashgabat")
    ]


def test_the_dateline_places_and_dates_the_reported_session() -> None:
    found = meetings(
        "ДУШАНБЕ, 11 октября. /ТАСС/. Заседание Высшего Евразийского экономического совета "
        "завершилось подписанием ряда документов.",
        published="2024-10-12",
    )
    assert [(m.body, m.date, m.place) for m in found] == [
        ("eaeu-supreme-council", "2024-10-11", "Dushanbe")
    ]


def test_leaders_of_members_take_part_in_the_articles_session() -> None:
    found = people(
        "В Минске прошел саммит ОДКБ. Президент Беларуси Александр Лукашенко приветствовал "
        "Владимира Путина и Эмомали Рахмона. Президент Франции Эмманюэль Макрон в тот же день "
        "выступил в Париже."
    )
    assert set(found) == {"Alexander Lukashenko", "Vladimir Putin", "Emomali Rahmon"}
    assert found["Emomali Rahmon"].state == "TJ" and found["Emomali Rahmon"].role == "President"
    assert found["Vladimir Putin"].meeting is not None
    assert found["Vladimir Putin"].meeting.body == "csto-collective-security-council"


def test_talks_of_two_leaders_are_a_bilateral_meeting() -> None:
    found = meetings("Владимир Путин провел переговоры с Ильхамом Алиевым в Баку 19 августа.")
    assert [(m.body, sorted(m.parties or []), m.place, m.date) for m in found] == [
        ("bilateral", ["AZ", "RU"], "Baku", "2024-08-19")
    ]


def test_the_language_chooses_the_pipeline() -> None:
    text = "Заседание Совета глав государств СНГ состоялось 8 октября в Москве."
    assert meetings(text)
    assert not [f for f in facts(text, language="en") if isinstance(f, Meeting)]


def test_an_award_has_its_giver_before_the_verb_and_its_recipient_after() -> None:
    found = [
        f
        for f in facts(
            "Президент России Владимир Путин наградил президента Таджикистана Эмомали Рахмона "
            "орденом Александра Невского."
        )
        if isinstance(f, Award)
    ]
    assert [(a.recipient, a.award, a.by) for a in found] == [
        ("Emomali Rahmon", "Order of Alexander Nevsky", "Vladimir Putin")
    ]


def test_each_award_goes_to_the_recipient_of_its_own_clause_or_the_one_a_pronoun_means() -> None:
    def awards(text: str) -> list[tuple[str, str, str | None]]:
        found = facts(text, published="2025-11-25")
        return sorted((a.recipient, a.award, a.by) for a in found if isinstance(a, Award))

    assert awards(
        "В ходе встречи Владимир Путин вручил Почётную грамоту СНГ генеральному директору ТАСС "
        "Андрею Кондрашову, а заместителю Генерального секретаря СНГ Ильхому Нематову — орден "
        "Дружбы."
    ) == [
        ("Andrey Kondrashov", "CIS Certificate of Honor", "Vladimir Putin"),
        ("Ilhom Nematov", "Order of Friendship", "Vladimir Putin"),
    ]
    assert awards(
        "Накануне Си Цзиньпин совершил государственный визит в Казахстан, где Президент "
        "Касым-Жомарт Токаев вручил ему высшую награду республики – орден «Алтын Кыран»."
    ) == [("Xi Jinping", "Order of Altyn Kyran (Golden Eagle)", "Kassym-Jomart Tokayev")]
    assert awards(
        "Садыр Жапаров встретит гостя в аэропорту. Российский лидер не впервые посещает "
        "Кыргызстан. В 2019 году Сооронбай Жээнбеков вручил ему орден «Манас»."
    ) == [("Vladimir Putin", "Order of Manas", "Sooronbay Jeenbekov")]


def test_tajik_and_csto_honours_are_known_by_their_russian_names() -> None:
    found = facts(
        'В завершение Рахмон вручил Сергею Лебедеву орден "Шараф" I степени. По решению '
        "Совета Николаю Бордюже вручен почетный знак ОДКБ первой степени.",
        published="2025-10-10",
    )
    assert sorted((a.recipient, a.award) for a in found if isinstance(a, Award)) == [
        ("Nikolai Bordyuzha", "CSTO Honorary Badge"),
        ("Sergey Lebedev", "Order of Sharaf"),
    ]


def test_an_honour_received_and_one_named_in_full() -> None:
    found = facts(
        "Генеральный секретарь СНГ Сергей Лебедев получил Почетную грамоту Межпарламентской "
        "Ассамблеи. Председатель КНР Си Цзиньпин вручил Президенту России Владимиру Путину "
        "медаль Дружбы Китайской Народной Республики.",
        published="2025-04-18",
    )
    assert sorted((a.recipient, a.award) for a in found if isinstance(a, Award)) == [
        ("Sergey Lebedev", "Certificate of Honor of the CIS Interparliamentary Assembly"),
        ("Vladimir Putin", "Friendship Medal of the People's Republic of China"),
    ]


def test_the_chair_goes_to_the_state_it_is_handed_to() -> None:
    found = [
        f
        for f in facts("Председательство в СНГ в 2025 году перешло к Таджикистану от России.")
        if isinstance(f, Chairmanship)
    ]
    assert [(c.org, c.state, c.year, c.planned) for c in found] == [
        ("cis", "TJ", 2025, True),
        ("cis", "RU", 2024, False),
    ]


def test_a_holder_told_by_its_participle_held_the_year_named() -> None:
    found = [
        f
        for f in facts(
            "Россия, председательствовавшая в Содружестве в 2024 году, передала полномочия "
            "Таджикистану. Председательствовал на заседании премьер-министр Пакистана.",
            published="2025-01-10",
        )
        if isinstance(f, Chairmanship)
    ]
    assert sorted((c.org, c.state, c.year) for c in found) == [
        ("cis", "RU", 2024),
        ("cis", "TJ", 2025),
    ]


def test_appointments_and_extended_mandates() -> None:
    found = [
        f
        for f in facts(
            "Сергей Лебедев назначен Исполнительным секретарем СНГ. Полномочия Генерального "
            "секретаря ОДКБ Имангали Тасмагамбетова продлили на три года."
        )
        if isinstance(f, Appointment)
    ]
    assert [(a.person, a.action, a.post) for a in found] == [
        ("Sergey Lebedev", "appointed", "Исполнительным секретарем СНГ"),
        ("Imangali Tasmagambetov", "extended", None),
    ]


def test_a_mandate_extended_by_decision_or_for_a_new_term() -> None:
    found = [
        (f.person, f.action)
        for f in facts(
            "Главы государств приняли решение о продлении полномочий Сергея Лебедева на посту "
            "генерального секретаря СНГ. В работе совета участвовал руководитель "
            "Антитеррористического центра Евгений Сысоев, которого лидеры назначили на новый "
            "трехлетний срок."
        )
        if isinstance(f, Appointment)
    ]
    assert found == [("Sergey Lebedev", "extended"), ("Yevgeny Sysoyev", "extended")]


def documents(text: str) -> list[Document]:
    return [f for f in facts(text) if isinstance(f, Document)]


def read_subjects(text: str, published: str | None = "2024-10-09") -> list[tuple[Initiative, str]]:
    """The initiatives in text order, each with the Russian subject it was read from (the
    fact's own subject is its English gloss)."""
    doc = Doc(
        article=Article(name="ru.txt", text=text, published=published, language="ru"), text=text
    )
    for name in PIPELINES["ru"]:
        REGISTRY[name](doc)
    found = [f for f in doc.facts if isinstance(f, Initiative)]
    return [(f, doc.read_from(f)) for f in found]


def read_titles(text: str, published: str | None = "2024-10-09") -> list[tuple[Document, str]]:
    """The document facts in text order, each with the Russian title it was read from (the
    fact's own title is the English one)."""
    doc = Doc(
        article=Article(name="ru.txt", text=text, published=published, language="ru"), text=text
    )
    for name in PIPELINES["ru"]:
        REGISTRY[name](doc)
    found = [f for f in doc.facts if isinstance(f, Document)]
    found.sort(key=lambda f: (f.span or (0, 0))[0])
    return [(f, doc.read_from(f)) for f in found]


def test_titles_are_read_whole_and_told_in_english() -> None:
    found = read_titles(
        "Главы государств утвердили Концепцию военного сотрудничества до 2030 года и "
        "подписали Декларацию о сотрудничестве в сфере энергетической безопасности."
    )
    assert [(d.action, russian, d.title) for d, russian in found] == [
        (
            "adopted",
            "Концепцию военного сотрудничества до 2030 года",
            "concept military cooperation until 2030",
        ),
        (
            "signed",
            "Декларацию о сотрудничестве в сфере энергетической безопасности",
            "declaration on cooperation in field energy security",
        ),
    ]


def test_documents_named_only_generically_are_no_facts() -> None:
    assert documents("Лидеры подписали ряд соглашений и 17 документов.") == []
    assert documents("Главы государств приняли решение о том, что встреча пройдет в Москве.") == []


def test_a_noun_inside_an_organizations_name_is_no_title() -> None:
    found = read_titles(
        "Саммит Организации Договора о коллективной безопасности утвердил Положение о "
        "пресс-центре ОДКБ."
    )
    assert [russian for _, russian in found] == ["Положение о пресс-центре ОДКБ"]


def test_dates_that_bound_something_do_not_date_the_session() -> None:
    found = meetings(
        "На заседании Совета глав государств СНГ в Душанбе 10 октября полномочия генерального "
        "секретаря продлили до 31 декабря 2028 года.",
        published="2025-10-10",
    )
    assert [(m.date, m.place) for m in found] == [("2025-10-10", "Dushanbe")]


def test_last_years_month_is_dated_from_publication() -> None:
    found = meetings(
        "Токаев выступил с этой идеей на саммите СНГ в Москве в октябре прошлого года.",
        published="2025-10-10",
    )
    assert [(m.date, m.place, m.planned) for m in found] == [("2024-10", "Moscow", False)]


def test_a_council_named_as_every_organization_names_it_is_the_one_named_after() -> None:
    found = meetings(
        "В Москве состоялось заседание Совета глав правительств государств – членов "
        "Шанхайской организации сотрудничества.",
        published="2025-11-18",
    )
    assert [m.body for m in found] == ["sco-heads-of-government"]


def test_talks_on_the_sidelines_take_the_summits_day_and_place() -> None:
    found = meetings(
        "Саммит СНГ прошел 13 октября в Бишкеке. На полях саммита Путин провел встречу с "
        "президентом Таджикистана Эмомали Рахмоном.",
        published="2023-10-14",
    )
    assert [(m.body, m.date, m.place) for m in found] == [
        ("cis-heads-of-state", "2023-10-13", "Bishkek"),
        ("bilateral", "2023-10-13", "Bishkek"),
    ]


def test_figures_with_scale_unit_qualifier_period_and_subject() -> None:
    found = [
        f
        for f in facts(
            "Товарооборот России со странами СНГ за январь–октябрь 2022 года вырос на 6,6%, "
            "до 81,5 млрд долларов. По итогам года он может превысить 100 млрд долларов.",
            published="2022-12-26",
        )
        if isinstance(f, Statistic)
    ]
    assert [(s.value, s.unit, s.qualifier, s.period, s.subject) for s in found] == [
        (6.6, "%", None, "2022-01/2022-10", "RU"),
        (81500000000.0, "USD", None, "2022-01/2022-10", "RU"),
        (100000000000.0, "USD", "over", None, "RU"),
    ]


def test_a_figure_of_the_members_together_is_the_organizations() -> None:
    found = [
        f
        for f in facts(
            "На заседании Высшего Евразийского экономического совета Путин напомнил, что в "
            "прошлом году взаимная торговля стран союза выросла на 14,2%, а доля российского "
            "рубля в расчетах превысила 90%."
        )
        if isinstance(f, Statistic)
    ]
    assert [(s.value, s.subject) for s in found] == [(14.2, "eaeu"), (90.0, "RU")]


def test_halves_quarters_and_months_counted_from_january() -> None:
    found = find_dates("в первом полугодии 2025 года, в третьем квартале, за девять месяцев")
    assert [(d.month, d.end_month, d.year) for d in found] == [
        (1, 6, 2025),
        (7, 9, None),
        (1, 9, None),
    ]


def test_an_initiative_is_the_proposers_and_is_told_in_english() -> None:
    found = read_subjects(
        "Касым-Жомарт Токаев предложил создать Международную организацию по русскому языку."
    )
    assert [(i.by, i.state, russian, i.subject) for i, russian in found] == [
        (
            "Kassym-Jomart Tokayev",
            "KZ",
            "создать Международную организацию по русскому языку",
            "create creation international organization on russian language",
        )
    ]


def test_a_leader_who_stays_away_takes_no_part() -> None:
    found = people(
        "В Минске прошел саммит ОДКБ. В нем приняли участие Владимир Путин и Эмомали Рахмон. "
        "Премьер-министр Армении Никол Пашинян в Минск не приехал."
    )
    assert set(found) == {"Vladimir Putin", "Emomali Rahmon"}


def test_a_sentence_that_goes_on_about_the_last_session_is_its() -> None:
    found = people(
        "Заседание Совета министров иностранных дел СНГ прошло в Душанбе 9 октября. "
        "Заседание Совета глав государств СНГ пройдет в Душанбе 10 октября. "
        "В нем, как ожидается, примет участие президент России Владимир Путин.",
        published="2025-10-09",
    )
    assert found["Vladimir Putin"].meeting is not None
    assert found["Vladimir Putin"].meeting.body == "cis-heads-of-state"
    assert found["Vladimir Putin"].planned


def test_a_council_named_without_its_organization_is_the_articles() -> None:
    found = meetings(
        "Саммит ШОС пройдет в Тяньцзине 31 августа. Центральным документом станет декларация "
        "Совета глав государств.",
        published="2025-08-20",
    )
    assert [(m.body, m.place) for m in found] == [("sco-heads-of-state", "Tianjin")]


def test_the_council_a_state_takes_the_chair_of_holds_no_session() -> None:
    found = meetings(
        "Председательство в Совете глав правительств СНГ переходит к Таджикистану.",
        published="2025-09-29",
    )
    assert found == []


def test_two_days_joined_by_and_are_the_first() -> None:
    found = find_dates("6 и 7 июля")
    assert [(d.day, d.month, d.range) for d in found] == [(6, 7, True)]


def test_a_draft_refused_is_reviewed_and_member_states_stay_in_the_title() -> None:
    found = read_titles(
        "Пашинян отказался подписать проект Декларации Совета коллективной безопасности. "
        "Лидеры утвердили Программу сотрудничества государств – участников СНГ в борьбе с "
        "терроризмом."
    )
    assert [(d.action, russian) for d, russian in found] == [
        ("reviewed", "Декларации Совета коллективной безопасности"),
        ("adopted", "Программу сотрудничества государств – участников СНГ в борьбе с терроризмом"),
    ]


def test_whoever_the_sessions_sentence_says_takes_part_is_seated() -> None:
    found = people(
        "Заседание Высшего Государственного Совета Союзного государства пройдет в Минске "
        "6 декабря. В его работе с российской стороны примут участие Председатель "
        "Правительства Михаил Мишустин и Председатель Совета Федерации Валентина Матвиенко.",
        published="2024-12-05",
    )
    assert {"Mikhail Mishustin", "Valentina Matviyenko"} <= set(found)
    assert found["Mikhail Mishustin"].planned


def test_cyrillic_initials_do_not_end_a_sentence() -> None:
    found = split_sentences(
        "Саммит СНГ прошел в Москве. В нем участвовали В.В. Путин и Ш. Мирзиёев."
    )
    assert [s.text for s in found] == [
        "Саммит СНГ прошел в Москве.",
        "В нем участвовали В.В. Путин и Ш. Мирзиёев.",
    ]


def test_people_the_reference_data_does_not_know_by_their_given_names() -> None:
    text = "Путин назначил замглавы МИД Игоря Моргулова послом. Элле Памфиловой вручен орден."
    tokens = tokenize(text)
    found = find_unknown_people(text, tokens, find_mentions(text, tokens))
    assert [m.key for m in found] == ["Igor Morgulov", "Ella Pamfilova"]


def test_an_active_verbs_appointee_follows_it_and_a_successor_replaces() -> None:
    found = [
        f
        for f in facts(
            "Путин назначил замглавы МИД Игоря Моргулова послом в Китае. "
            "Бакытжан Сагинтаев сменит Михаила Мясниковича. "
            "Лидеры утвердили Концепцию сотрудничества, сообщил Сергей Лавров."
        )
        if isinstance(f, Appointment)
    ]
    assert [(a.person, a.action) for a in found] == [
        ("Igor Morgulov", "appointed"),
        ("Mikhail Myasnikovich", "dismissed"),
        ("Bakytzhan Sagintayev", "appointed"),
    ]


def test_a_passive_award_and_a_pronoun_recipient() -> None:
    found = [
        f
        for f in facts(
            "Первым награду получил посол России в Казахстане Алексей Бородавкин. Президент "
            "Касым-Жомарт Токаев лично вручил ему орден «Достык». Еще одной наградой отмечена "
            "Элла Памфилова. Указом Токаева она удостоена ордена «Барыс»."
        )
        if isinstance(f, Award)
    ]
    assert [(a.recipient, a.award, a.by) for a in found] == [
        ("Aleksey Borodavkin", "Order of Dostyk", "Kassym-Jomart Tokayev"),
        ("Ella Pamfilova", "Order of Barys", "Kassym-Jomart Tokayev"),
    ]


def test_the_day_a_session_is_set_for_and_a_host_named_without_a_preposition() -> None:
    found = meetings(
        "Душанбе предстоит принять Совет глав государств СНГ — он намечен на 10 октября "
        "2025 года. Приоритеты были представлены на декабрьском заседании Высшего "
        "Евразийского экономического совета.",
        published="2025-01-05",
    )
    assert [(m.body, m.date, m.place, m.planned) for m in found] == [
        ("cis-heads-of-state", "2025-10-10", "Dushanbe", True),
        ("eaeu-supreme-council", "2024-12", None, False),
    ]


def test_todays_summit_is_the_articles_not_the_next_one_just_named() -> None:
    found = people(
        "Заседание Совета глав государств СНГ открылось в Душанбе. Следующее заседание "
        "назначено на 9 октября 2026 года в Ашхабаде. В сегодняшнем саммите участвуют "
        "президенты Казахстана Касым-Жомарт Токаев и России Владимир Путин.",
        published="2025-10-10",
    )
    assert found["Vladimir Putin"].meeting is not None
    assert found["Vladimir Putin"].meeting.place == "Dushanbe"


def test_a_list_items_title_takes_the_act_of_its_lead_in() -> None:
    found = read_titles(
        "По итогам заседания подписаны:\n1. Соглашение о сотрудничестве в сфере энергетики;\n"
        "2. Заявление о поддержке многостороннего диалога."
    )
    assert [(d.action, russian) for d, russian in found] == [
        ("signed", "Соглашение о сотрудничестве в сфере энергетики"),
        ("signed", "Заявление о поддержке многостороннего диалога"),
    ]


def test_the_gloss_knows_nouns_in_ie_in_every_case_and_a_citys_adjective() -> None:
    found = documents(
        "Лидеры подписали Астанинскую декларацию и утвердили Стратегию развития "
        "сотрудничества в противодействии терроризму."
    )
    assert [d.title for d in found] == [
        "Astana declaration",
        "strategy development cooperation in countering terrorism",
    ]


def test_an_adjective_the_glossary_knows_joins_the_title_but_names_no_document_alone() -> None:
    found = read_titles(
        "Президенты утвердили Военную доктрину Союзного государства, подписали совместное "
        "заявление и договор о кыргызско-таджикской государственной границе."
    )
    assert [(russian, d.title) for d, russian in found] == [
        ("Военную доктрину Союзного государства", "Military Doctrine of the Union State"),
        (
            "договор о кыргызско-таджикской государственной границе",
            "treaty on Kyrgyz-Tajik state public borders",
        ),
    ]


def test_the_glossary_gives_each_word_once() -> None:
    path = Path(__file__).resolve().parents[1] / "src/plenary/extract/russian/glossary.yaml"
    keys = [
        line.split(":")[0]
        for line in path.read_text("utf-8").splitlines()
        if ":" in line and not line.startswith("#")
    ]
    assert [k for k in keys if keys.count(k) > 1] == []


def test_a_speech_verb_is_no_tense_cue_and_a_planned_session_is_not_in_the_past() -> None:
    found = meetings(
        "Москва. 4 июля. INTERFAX.RU - Президент России Владимир Путин в воскресенье примет "
        "участие в пленарном заседании саммита БРИКС в Рио-де-Жанейро, сообщил Песков. "
        "Саммит пройдет под председательством Бразилии, принявшей эстафету у России, "
        "председательствовавшей в объединении в прошлом году.",
        published="2025-07-04",
    )
    assert [(m.body, m.date, m.place, m.planned) for m in found] == [
        ("brics-summit", "2025-07-06", "Rio de Janeiro", True)
    ]


def test_a_session_dated_with_its_year_is_on_that_side_of_the_publication() -> None:
    found = meetings(
        "Устав будет изучаться и впредь: он был принят 22 января 1993 года в Минске на "
        "заседании Совета глав государств СНГ. Следующее заседание Совета глав государств "
        "СНГ прошло бы 9 октября 2026 года в Ашхабаде.",
        published="2025-10-10",
    )
    assert [(m.date, m.place, m.planned) for m in found] == [
        ("1993-01-22", "Minsk", False),
        ("2026-10-09", "Ashgabat", True),
    ]


def test_talks_in_a_report_from_a_summits_sidelines_take_its_place() -> None:
    found = meetings(
        "Самарканд: день двусторонних переговоров на полях саммита ШОС. Саммит ШОС пройдет в "
        "Самарканде 16 сентября. Путин провел переговоры с Президентом Узбекистана Шавкатом "
        "Мирзиёевым.",
        published="2022-09-15",
    )
    assert [(m.body, m.date, m.place) for m in found][-1] == ("bilateral", None, "Samarkand")


def test_last_friday_and_leaders_of_another_time() -> None:
    found = people(
        "Минск, 9 декабря. В минувшую пятницу прошло заседание Высшего государственного совета "
        "Союзного государства. Президенты Владимир Путин и Александр Лукашенко подписали "
        "договор. Союзное государство выросло из договора, который 8 декабря 1999 года "
        "подписали Борис Ельцин и Александр Лукашенко.",
        published="2024-12-09",
    )
    assert set(found) == {"Vladimir Putin", "Alexander Lukashenko"}
    assert found["Vladimir Putin"].meeting is not None
    assert found["Vladimir Putin"].meeting.date == "2024-12-06"


def test_a_title_ends_before_a_verb() -> None:
    found = documents(
        "Чтобы соглашение заработало, его ратифицировали. Осенью договор прошёл ратификацию "
        "во всех трёх государствах."
    )
    assert found == []


def test_a_session_without_day_or_place_is_no_fact_but_keeps_its_participants() -> None:
    text = "Путин и Лукашенко приняли участие в заседании Высшего госсовета."
    assert meetings(text) == []
    assert set(people(text)) == {"Vladimir Putin", "Alexander Lukashenko"}


def test_an_idea_told_as_a_noun_is_the_proposers() -> None:
    found = read_subjects(
        "Партнеры поддержат выдвинутую Владимиром Путиным идею создания зерновой биржи БРИКС."
    )
    assert [(i.by, russian) for i, russian in found] == [
        ("Vladimir Putin", "создания зерновой биржи БРИКС")
    ]


def test_a_document_told_twice_is_one_and_one_named_by_its_place_is_no_generic() -> None:
    found = read_titles(
        "Высший госсовет в Минске: подписан договор о гарантиях безопасности\n\n"
        "Президенты подписали Договор о гарантиях безопасности в рамках Союзного государства. "
        "Алма-Атинскую декларацию подписали лидеры одиннадцати республик."
    )
    assert [(d.action, russian) for d, russian in found] == [
        ("signed", "Договор о гарантиях безопасности в рамках Союзного государства"),
        ("signed", "Алма-Атинскую декларацию"),
    ]


def test_ratifications_state_by_state_join_one_fact() -> None:
    found = documents(
        "Госдума ратифицировала Договор о гарантиях безопасности в рамках Союзного государства. "
        "В Беларуси договор ратифицировала Палата представителей."
    )
    assert [(d.action, d.states) for d in found] == [("ratified", ["BY", "RU"])]


def test_the_supreme_council_named_short_is_the_articles_organizations() -> None:
    found = meetings(
        "Договор о присоединении Кыргызстана к ЕАЭС подписан 23 декабря 2014 года на заседании "
        "Высшего совета в Москве.",
        published="2015-01-10",
    )
    assert [(m.body, m.date, m.place) for m in found] == [
        ("eaeu-supreme-council", "2014-12-23", "Moscow")
    ]


def test_the_eurasian_intergovernmental_council_by_its_short_name() -> None:
    found = meetings("Заседание Евразийского межправсовета прошло 4 июля 2024 года в Минске.")
    assert [(m.body, m.date, m.place) for m in found] == [
        ("eaeu-intergovernmental-council", "2024-07-04", "Minsk")
    ]


def test_a_headline_of_who_will_go_to_a_summit_tells_of_the_planned_session() -> None:
    found = meetings(
        "Пашинян не поедет на саммит ОДКБ в Минск\n\nЕРЕВАН, 20 ноября. Премьер-министр "
        "Армении не примет участия в сессии Совета коллективной безопасности ОДКБ, которая "
        "пройдет 28 ноября в Минске.",
        published="2024-11-20",
    )
    assert [(m.date, m.place, m.planned) for m in found] == [("2024-11-28", "Minsk", True)]


def test_a_passive_award_in_the_plural_names_each_recipient() -> None:
    found = [
        (f.recipient, f.award)
        for f in facts(
            "Орденом «Содружество» награждены Ерлан Кошанов и депутат Сергей Рачков. "
            "Почетной грамотой Межпарламентской Ассамблеи отмечена Ирина Ромашова."
        )
        if isinstance(f, Award)
    ]
    assert found == [
        ("Yerlan Koshanov", "Order of the Commonwealth"),
        ("Sergey Rachkov", "Order of the Commonwealth"),
        ("Irina Romashova", "Certificate of Honor of the CIS Interparliamentary Assembly"),
    ]


def test_the_present_holder_of_a_handover_holds_the_year_named() -> None:
    found = [
        (f.state, f.year, f.planned)
        for f in facts(
            "Киргизия, председательствующая в ОДКБ в 2025 году, завершит свой срок, и с 1 января "
            "эстафету примет Россия.",
            published="2025-11-25",
        )
        if isinstance(f, Chairmanship)
    ]
    assert sorted(found) == [("KG", 2025, False), ("RU", 2026, True)]


def test_a_state_that_heads_the_organization_chairs_it() -> None:
    found = [
        (f.org, f.state, f.year)
        for f in facts(
            "Председательствовал Президент Беларуси Александр Лукашенко — наша страна "
            "возглавляет ОДКБ в 2024 году.",
            published="2024-11-28",
        )
        if isinstance(f, Chairmanship)
    ]
    assert found == [("csto", "BY", 2024)]


def test_talks_on_the_eve_of_a_summit_and_talks_told_after_the_leaders_are_bilateral() -> None:
    eve = meetings(
        "Путин и Токаев провели переговоры в Астане накануне саммита ОДКБ\n\n"
        "Сессия Совета коллективной безопасности ОДКБ пройдёт в Астане 28 ноября.",
        published="2024-11-27",
    )
    assert ("bilateral", ["KZ", "RU"]) in [(m.body, m.parties) for m in eve]
    after = meetings(
        "Президент России Владимир Путин прибыл в Казахстан с государственным визитом. "
        "В Акорде его встретил Президент Казахстана Касым-Жомарт Токаев. Переговоры прошли в "
        "Астане сначала в узком составе, а затем в расширенном.",
        published="2024-11-27",
    )
    assert [(m.body, m.parties, m.place) for m in after] == [("bilateral", ["KZ", "RU"], "Astana")]


def test_a_question_tells_of_no_talks_and_no_participant() -> None:
    found = facts(
        "Сессия Совета коллективной безопасности ОДКБ пройдет 28 ноября в Минске.\n\n"
        "— Возможна ли встреча Путина с Ильхамом Алиевым в Минске? Примет ли участие "
        "Никол Пашинян?\n\n— Пока об этом говорить рано.",
        published="2024-11-20",
    )
    assert [f.kind for f in found] == ["meeting"]


def test_a_title_ends_before_the_day_it_was_acted_on() -> None:
    found = read_titles(
        "Госдума ратифицировала договор 18 февраля. Министры подпишут соглашение о "
        "сотрудничестве в сфере энергетики в пятницу."
    )
    assert [(d.action, russian) for d, russian in found] == [
        ("signed", "соглашение о сотрудничестве в сфере энергетики")
    ]


def test_a_head_in_ie_is_found_in_every_case_but_not_before_a_loose_preposition() -> None:
    found = read_titles(
        "Сенаторы одобрили ратификацию соглашения о создании Международной организации по "
        "русскому языку. Для вступления договора в силу требовалась ратификация всеми участниками."
    )
    assert [(d.action, russian) for d, russian in found] == [
        ("ratified", "соглашения о создании Международной организации по русскому языку")
    ]


def test_a_proposal_leaves_out_whom_it_is_put_to_and_who_put_it_forward() -> None:
    found = read_subjects(
        "Лукашенко предложил партнерам по ОДКБ присоединиться к работе над Евразийской "
        "хартией. Идею создания организации выдвинул Президент Казахстана Касым-Жомарт "
        "Токаев."
    )
    assert [russian for _, russian in found] == [
        "присоединиться к работе над Евразийской хартией",
        "создания организации",
    ]


def test_a_summit_told_apart_from_its_organization_takes_its_own_words_tense() -> None:
    found = meetings(
        "Главы государств утвердили Основные направления международной деятельности "
        "Евразийского экономического союза на 2025 год и решили, что очередной ЕАЭС-саммит "
        "пройдет в конце июня в Минске.",
        published="2024-12-27",
    )
    assert [(m.date, m.place, m.planned) for m in found] == [("2025-06", "Minsk", True)]


def test_main_directions_are_a_title_and_refusing_to_sign_is_a_review() -> None:
    found = read_titles(
        "Главы правительств одобрили Основные ориентиры макроэкономической политики на "
        "2025–2026 годы. Пашинян отказался подписывать проект Ереванской декларации. "
        "Работа идет по всем направлениям сотрудничества."
    )
    assert [(d.action, russian) for d, russian in found] == [
        ("adopted", "Основные ориентиры макроэкономической политики на 2025–2026 годы"),
        ("reviewed", "Ереванской декларации"),
    ]


def test_talks_of_a_cabinet_chairman_and_talks_told_apart_from_the_guest() -> None:
    premiers = meetings(
        "На полях совета в Чолпон-Ате Адылбек Касымалиев и Михаил Мишустин провели "
        "двустороннюю встречу.",
        published="2025-08-15",
    )
    assert [(m.body, sorted(m.parties or [])) for m in premiers] == [("bilateral", ["KG", "RU"])]
    visit = meetings(
        "Путин приехал в Бишкек во вторник с государственным визитом. Переговоры с Садыром "
        "Жапаровым в узком и расширенном составах прошли в Бишкеке накануне.",
        published="2025-11-27",
    )
    assert [(m.body, sorted(m.parties or [])) for m in visit] == [("bilateral", ["KG", "RU"])]


def test_one_leaders_talks_with_each_leader_listed_after_the_verb() -> None:
    found = meetings(
        "Саммит БРИКС прошел в Казани 23 октября. Еще 22 октября Путин провел переговоры с "
        "Си Цзиньпином и Нарендрой Моди. В заседании участвовали Си Цзиньпин, Нарендра Моди "
        "и Сирил Рамафоса.",
        published="2024-10-25",
    )
    assert [(m.body, m.date, sorted(m.parties or [])) for m in found] == [
        ("brics-summit", "2024-10-23", []),
        ("bilateral", "2024-10-22", ["CN", "RU"]),
        ("bilateral", "2024-10-22", ["IN", "RU"]),
    ]


def test_a_headline_session_takes_the_leads_day_and_tense_not_the_journeys_day() -> None:
    found = meetings(
        "Ушаков рассказал о программе визита Путина в Таджикистан и саммита СНГ в Душанбе\n\n"
        "МОСКВА, 7 октября. /ТАСС/. Президент России Владимир Путин в среду вылетит в Душанбе, "
        "где примет участие в заседании Совета глав государств СНГ в пятницу, 10 октября.",
        published="2025-10-07",
    )
    assert [(m.date, m.place, m.planned) for m in found] == [("2025-10-10", "Dushanbe", True)]


def test_talks_of_two_states_leaders_named_by_their_posts() -> None:
    found = meetings(
        "Накануне, 27 ноября, президенты России и Казахстана провели переговоры в Акорде и "
        "подписали декларацию.",
        published="2024-11-28",
    )
    assert [(m.body, m.date, m.parties) for m in found] == [
        ("bilateral", "2024-11-27", ["KZ", "RU"])
    ]


def test_the_next_summit_without_its_organization_is_the_articles() -> None:
    found = meetings(
        "Саммит ШОС прошел 4 июля в Астане. Председательство перешло к Китаю. Следующий "
        "саммит пройдет в КНР в 2025 году.",
        published="2024-07-05",
    )
    assert [(m.body, m.date, m.planned) for m in found] == [
        ("sco-heads-of-state", "2024-07-04", False),
        ("sco-heads-of-state", "2025", True),
    ]


def test_premiers_who_will_gather_and_a_council_that_will_review_are_ahead() -> None:
    found = meetings(
        "Уже в пятницу, 9 июня, в Сочи соберутся премьеры государств ЕАЭС. В пятницу "
        "Евразийский межправительственный совет рассмотрит проект соглашения.",
        published="2023-06-08",
    )
    assert [(m.body, m.date, m.planned) for m in found] == [
        ("eaeu-intergovernmental-council", "2023-06-09", True)
    ]


def test_a_title_ends_before_a_particle() -> None:
    found = read_titles(
        "Кадровое решение тоже было принято. Казанскую декларацию не подписали лишь двое."
    )
    assert [russian for _, russian in found] == ["Казанскую декларацию"]


def test_the_present_chair_holds_the_year_named_and_the_next_takes_the_next() -> None:
    found = [
        (f.state, f.year)
        for f in facts(
            "В 2022 году в Содружестве председательствует Казахстан, с 1 января "
            "председательство перейдет к Киргизии.",
            published="2022-12-26",
        )
        if isinstance(f, Chairmanship)
    ]
    assert sorted(found) == [("KG", 2023), ("KZ", 2022)]


def test_a_chair_handed_to_a_state_in_the_dative_is_the_recipients() -> None:
    found = [
        (f.state, f.year)
        for f in facts(
            "Главы делегаций решили передать председательство в СНГ в 2023 году Кыргызстану, "
            "сопредседателями станут Россия и Казахстан.",
            published="2022-10-14",
        )
        if isinstance(f, Chairmanship)
    ]
    assert ("KG", 2023) in found and ("KZ", 2023) not in found


def test_a_place_someone_left_for_is_not_the_sessions() -> None:
    found = meetings(
        "Премьеры ЕАЭС собрались на Иссык-Куле: Мишустин досрочно улетел в Москву\n\n"
        "ЧОЛПОН-АТА, 15 августа. В государственной резиденции завершилось заседание "
        "Евразийского межправительственного совета.",
        published="2025-08-15",
    )
    assert [(m.body, m.place) for m in found] == [("eaeu-intergovernmental-council", "Cholpon-Ata")]


def test_who_took_part_in_it_is_of_the_session_just_told_not_the_headlines() -> None:
    found = [
        (f.person, f.meeting.body if f.meeting else None)
        for f in facts(
            "В Сочи завершилось заседание глав правительств СНГ, на очереди — Евразийский "
            "межправсовет\n\nЗаседание Совета глав правительств СНГ 8 июня прошло в Сочи. "
            "Кроме председателя правительства РФ в нем приняли участие премьер-министр "
            "Белоруссии Роман Головченко и премьер-министр Казахстана Алихан Смаилов.",
            published="2023-06-08",
        )
        if isinstance(f, Participant)
    ]
    assert ("Roman Golovchenko", "cis-heads-of-government") in found
    assert ("Roman Golovchenko", "eaeu-intergovernmental-council") not in found


def test_the_chair_s_year_in_a_headline_dates_no_session() -> None:
    found = meetings(
        "Председательство в ОДКБ в 2024 году переходит к Казахстану – итоги сессии СКБ в Минске"
        "\n\nМИНСК, 23 ноября (БЕЛТА) – В Минске состоялась сессия Совета коллективной "
        "безопасности ОДКБ.",
        published="2023-11-23",
    )
    assert [(m.date, m.planned) for m in found] == [("2023-11-23", False)]


def test_decisions_of_previous_sessions_are_no_document() -> None:
    found = facts(
        "В Минске состоялась сессия Совета коллективной безопасности ОДКБ. Главы государств "
        "обсудили ход выполнения решений предыдущих сессий.",
        published="2023-11-23",
    )
    assert not [f for f in found if isinstance(f, Document)]


def test_a_headline_s_next_summit_does_not_take_the_reported_one_s_people() -> None:
    found = people(
        "Кыргызстан принял председательство в ШОС: саммит в 2026 году пройдет в Бишкеке\n\n"
        "Бишкек, 1 сентября /Кабар/. Кыргызская Республика приняла председательство в ШОС. "
        "Эстафету Президент Садыр Жапаров принял сегодня в китайском Тяньцзине по завершении "
        "заседания Совета глав государств – членов ШОС.\n\nЗаседание прошло под "
        "председательством Председателя КНР Си Цзиньпина.",
        published="2025-09-01",
    )
    xi = found["Xi Jinping"]
    assert xi.meeting is not None and (xi.meeting.date, xi.planned) == ("2025-09-01", False)


def test_one_appointment_told_in_the_headline_and_the_lead_is_one_fact() -> None:
    found = facts(
        "Бахытжан Сагинтаев возглавит Коллегию Евразийской экономической комиссии\n\n"
        "Председателем Коллегии назначен бывший Премьер-министр Казахстана Бахытжан Сагинтаев.",
        published="2023-12-25",
    )
    (appointment,) = [f for f in found if isinstance(f, Appointment)]
    assert (appointment.person, appointment.post) == (
        "Bakytzhan Sagintayev",
        "Коллегию Евразийской экономической комиссии",
    )


def test_a_list_of_past_sessions_gives_one_session_per_item() -> None:
    found = meetings(
        "10 октября 2025 года в Душанбе должно состояться заседание Совета глав государств СНГ."
        "\n\nЗаседания последних лет\n\n— 11 октября 2019 года, Ашхабад;\n"
        "— 18 декабря 2020 года, в режиме видеоконференции;\n— 8 октября 2024 года, Москва.",
        published="2025-10-01",
    )
    assert [(m.date, m.place) for m in found] == [
        ("2025-10-10", "Dushanbe"),
        ("2019-10-11", "Ashgabat"),
        ("2020-12-18", None),
        ("2024-10-08", "Moscow"),
    ]


def test_a_summit_dated_and_placed_without_its_organization_is_the_article_s() -> None:
    found = meetings(
        "Лидеры стран СНГ собрались в Москве 8 октября 2024 года на заседание Совета глав "
        "государств. 7 октября 2022 года неформальный саммит прошел в Санкт-Петербурге.",
        published="2025-10-01",
    )
    assert ("cis-heads-of-state", "2022-10-07", "Saint Petersburg") in {
        (m.body, m.date, m.place) for m in found
    }


def test_clauses_with_a_year_each_give_that_year_s_chair() -> None:
    found = facts(
        "Председательство в СНГ переходит ежегодно. В 2024 году Содружеством председательствовала "
        "Россия, в 2025 году — Таджикистан, в 2026 году председательство перейдет к Туркменистану.",
        published="2025-10-01",
    )
    assert {(f.state, f.year) for f in found if isinstance(f, Chairmanship)} == {
        ("RU", 2024),
        ("TJ", 2025),
        ("TM", 2026),
    }


def test_the_kremlin_places_a_session_in_moscow() -> None:
    (meeting,) = meetings(
        "В Большом Кремлевском дворце прошло заседание Высшего Евразийского экономического совета.",
        published="2024-05-08",
    )
    assert meeting.place == "Moscow"


def test_the_outgoing_year_counts_as_a_year_of_its_own_clause() -> None:
    found = facts(
        "Председательство в СНГ. В уходящем году председательствовала Белоруссия, в 2022 году "
        "эстафету принимает Казахстан.",
        published="2021-12-27",
    )
    assert {(f.state, f.year) for f in found if isinstance(f, Chairmanship)} == {
        ("BY", 2021),
        ("KZ", 2022),
    }


def test_a_preview_s_side_meetings_take_the_summit_s_city_and_name_no_participants() -> None:
    found = facts(
        "С 22 по 24 октября в Казани пройдет саммит БРИКС. Владимир Путин в этот день проведёт "
        "серию двусторонних встреч — в том числе с председателем КНР Си Цзиньпином и "
        "премьер-министром Индии Нарендрой Моди.",
        published="2024-10-20",
    )
    talks = [f for f in found if isinstance(f, Meeting) and f.body == "bilateral"]
    assert sorted((tuple(f.parties or ()), f.place, f.planned) for f in talks) == [
        (("CN", "RU"), "Kazan", True),
        (("IN", "RU"), "Kazan", True),
    ]
    assert not [
        f
        for f in found
        if isinstance(f, Participant) and f.meeting and f.meeting.body == "bilateral"
    ]


def test_the_negotiating_table_and_a_plus_format_are_no_talks_of_two() -> None:
    found = meetings(
        "В Астане прошел саммит ШОС. Токаев поздравил Александра Лукашенко и пригласил его занять "
        "место за столом переговоров. Прошла встреча в формате «ШОС плюс», к которой "
        "присоединились Президент Турции Реджеп Тайип Эрдоган и Президент Азербайджана Ильхам "
        "Алиев.",
        published="2024-07-04",
    )
    assert [m.body for m in found] == ["sco-heads-of-state"]


def test_a_missile_complex_and_a_pronoun_end_no_title() -> None:
    found = facts(
        "На заседании Высшего Государственного Совета Лукашенко попросил рассмотреть "
        "размещение ракетного комплекса «Орешник». Депутаты обсудили решение о выходе она "
        "сказала позже.",
        published="2024-12-06",
    )
    titles = [f.title for f in found if isinstance(f, Document)]
    assert not any("Орешник" in t or " она" in t for t in titles)


def test_a_reported_summit_does_not_become_next_year_s() -> None:
    found = meetings(
        "Саммит БРИКС в Рио-де-Жанейро: принята декларация, председательство перейдет к Индии\n\n"
        "07.07.2025\n\nТАШКЕНТ, 7 июл – Sputnik. В Рио-де-Жанейро завершился XVII саммит БРИКС.\n\n"
        "В 2026 году объединение возглавит Индия, которая примет очередной саммит.",
        published="2025-07-07",
    )
    assert ("2025-07-07", "Rio de Janeiro", False) in {(m.date, m.place, m.planned) for m in found}


def test_those_who_took_part_in_the_session_are_of_the_report_s_held_one() -> None:
    found = people(
        "6 декабря в Минске прошло заседание Высшего Государственного Совета Союзного "
        "государства. Следующее заседание пройдет в 2025 году. В заседании также участвовали "
        "Председатель Правительства России Михаил Мишустин и Премьер-министр Беларуси Роман "
        "Головченко.",
        published="2024-12-06",
    )
    assert {
        name: (p.meeting.date if p.meeting else None)
        for name, p in found.items()
        if name in ("Mikhail Mishustin", "Roman Golovchenko")
    } == {"Mikhail Mishustin": "2024-12-06", "Roman Golovchenko": "2024-12-06"}


def test_a_desk_label_after_the_headline_is_no_part_of_a_title() -> None:
    found = read_titles(
        "Госдума ратифицировала Договор о Евразийском экономическом союзе (обновлено)\n\n"
        "МОСКВА, 3 октября. Госдума ратифицировала договор.",
        "2014-10-03",
    )
    assert [(russian, d.title) for d, russian in found] == [
        ("Договор о Евразийском экономическом союзе", "Treaty on the Eurasian Economic Union")
    ]


def test_an_untracked_council_named_beside_a_session_is_not_the_article_s_own() -> None:
    found = meetings(
        "МИНСК, 12 апр — РИА Новости. Министры иностранных дел стран СНГ на заседании в Минске "
        "в пятницу приняли заявление по случаю 30-летия предоставления Содружеству статуса "
        "наблюдателя при Генеральной Ассамблее ООН.\n\nСледующее заседание Совета министров "
        "иностранных дел запланировано на октябрь в Москве.",
        "2024-04-12",
    )
    assert [(m.body, m.date, m.place, m.planned) for m in found] == [
        ("cis-foreign-ministers", "2024-04-12", "Minsk", False),
        ("cis-foreign-ministers", "2024-10", "Moscow", True),
    ]


def test_documents_of_talks_beside_a_summit_are_the_talks_and_an_old_treaty_is_no_one_s() -> None:
    found = read_titles(
        "ДУШАНБЕ, 10 октября. В Душанбе состоялся саммит СНГ. Накануне саммита Эмомали Рахмон "
        "и Владимир Путин провели переговоры. По итогам переговоров Эмомали Рахмон и Владимир "
        "Путин подписали Совместное заявление об углублении стратегического партнерства. В 1992 "
        "году стороны подписали Договор о дружбе.",
        "2025-10-10",
    )
    documents = {russian: d for d, russian in found}
    statement = documents["Совместное заявление об углублении стратегического партнерства"]
    assert statement.meeting is not None and statement.meeting.body == "bilateral"
    assert statement.states == ["RU", "TJ"]
    assert documents["Договор о дружбе"].meeting is None


def test_talks_on_the_same_day_after_an_arrival_and_after_the_summit_take_the_right_days() -> None:
    found = meetings(
        "ДУШАНБЕ, 10 октября. В Душанбе 10 октября прошел саммит СНГ. Накануне, 9 октября, в "
        "Душанбе прошло заседание Совета министров иностранных дел СНГ. В тот же день "
        "состоялись переговоры Эмомали Рахмона и Владимира Путина, прибывшего в Таджикистан с "
        "государственным визитом 8 октября. После завершения саммита Владимир Путин провел "
        "отдельную встречу с Касым-Жомартом Токаевым.",
        "2025-10-10",
    )
    talks = {tuple(m.parties or ()): m.date for m in found if m.body == "bilateral"}
    assert talks == {("RU", "TJ"): "2025-10-09", ("KZ", "RU"): "2025-10-10"}


def test_a_summit_told_apart_from_the_next_one_in_its_sentence_is_the_one_held() -> None:
    found = facts(
        "Ашхабад. 11 октября. INTERFAX - Следующее заседание Совета глав государств СНГ "
        "состоится 16 октября 2020 года в Ташкенте, решили участники саммита Содружества, "
        "прошедшего в пятницу в столице Туркмении.\n\n"
        "Руководство республики предложило провести очередной саммит в Ташкенте. В нем "
        "приняли участие президенты Белоруссии Александр Лукашенко и России Владимир Путин.",
        "2019-10-11",
    )
    sessions = {(m.date, m.place, m.planned) for m in found if isinstance(m, Meeting)}
    assert sessions == {("2020-10-16", "Tashkent", True), ("2019-10-11", "Ashgabat", False)}
    held = {
        p.person for p in found if isinstance(p, Participant) and p.meeting.date == "2019-10-11"
    }
    assert held == {"Alexander Lukashenko", "Vladimir Putin"}


def test_the_leaders_of_a_report_on_a_summit_held_sit_at_it_not_at_the_next_one() -> None:
    found = facts(
        "Лидеры ЕАЭС встретятся в Астане весной\n\n"
        "Алматы. 7 декабря 2018. КазТАГ - Главы государств Евразийского экономического союза "
        "договорились провести следующее заседание Высшего Евразийского экономического совета в "
        "мае 2019 года в Астане. Об этом стало известно по итогам саммита, который состоялся в "
        "четверг в Санкт-Петербурге.\n\n"
        "За столом переговоров в Петербурге собрались президент России Владимир Путин и "
        "президент Казахстана Нурсултан Назарбаев.",
        None,
    )
    seated = {
        (p.person, p.meeting.date, p.meeting.place)
        for p in found
        if isinstance(p, Participant) and p.meeting is not None
    }
    assert seated == {
        ("Vladimir Putin", "2018-12-06", "Saint Petersburg"),
        ("Nursultan Nazarbayev", "2018-12-06", "Saint Petersburg"),
    }


def test_an_appeal_to_partners_is_no_initiative_but_a_call_to_create_is() -> None:
    appeal = facts(
        "Белорусский лидер Александр Лукашенко призвал партнеров не откладывать снятие "
        "барьеров на внутреннем рынке союза.",
        "2020-12-11",
    )
    assert [f for f in appeal if isinstance(f, Initiative)] == []
    proposal = facts(
        "Президент Казахстана Касым-Жомарт Токаев призвал к созданию Международной организации "
        "по русскому языку.",
        "2021-10-15",
    )
    assert [f.by for f in proposal if isinstance(f, Initiative)] == ["Kassym-Jomart Tokayev"]


def test_talks_told_the_day_before_by_a_pronoun_and_on_a_summit_s_sidelines() -> None:
    found = meetings(
        "Казань. 24 октября. INTERFAX.RU — Премьер-министр Индии Нарендра Моди и председатель "
        "КНР Си Цзиньпин накануне провели в Казани двустороннюю встречу на полях саммита БРИКС."
        "\n\nДвусторонняя программа Путина началась во вторник: он провел переговоры с Си "
        "Цзиньпином и отдельно с Моди, а также встретился с Рамафосой.\n\n"
        "Накануне, 12 октября, Владимир Путин прибыл в Кыргызстан с визитом. Он провел "
        "переговоры с Садыром Жапаровым.",
        "2024-10-24",
    )
    talks = {tuple(m.parties or ()): m.date for m in found if m.body == "bilateral"}
    assert talks == {
        ("CN", "IN"): "2024-10-23",
        ("CN", "RU"): "2024-10-22",
        ("IN", "RU"): "2024-10-22",
        ("RU", "ZA"): "2024-10-22",
        ("KG", "RU"): "2024-10-12",
    }


def test_what_a_leader_called_a_treaty_is_no_title_of_its_own() -> None:
    found = read_titles(
        "Рахмон и Жапаров подписали Договор о таджикско-кыргызской государственной границе. "
        "Садыр Жапаров назвал подписание договора судьбоносным событием для двух народов.",
        "2025-03-13",
    )
    titles = [russian for _, russian in found]
    assert titles == ["Договор о таджикско-кыргызской государственной границе"]


def test_a_landmark_document_takes_its_official_english_title() -> None:
    found = read_titles(
        "Сегодня вступил в силу Договор о присоединении Кыргызской Республики к Договору о "
        "Евразийском экономическом союзе. Депутаты ратифицировали Протокол о внесении "
        "изменений в Договор о ЕАЭС.",
        "2015-08-12",
    )
    titles = {d.action: d.title for d, _ in found}
    assert titles["in-force"] == (
        "Treaty on the Accession of the Kyrgyz Republic to the Treaty on the Eurasian Economic "
        "Union"
    )
    # another document, which names the treaty: glossed word by word, not taken for it
    assert titles["ratified"].startswith("protocol")


def test_a_decree_on_awarding_someone_names_its_signer_as_giver_not_recipient() -> None:
    found = [
        f
        for f in facts(
            "Президент Российской Федерации Владимир Путин подписал Указ о награждении "
            "Президента Туркменистана Сердара Бердымухамедова орденом Дружбы.",
            "2022-05-27",
        )
        if isinstance(f, Award)
    ]
    assert [(f.recipient, f.award, f.by) for f in found] == [
        ("Serdar Berdimuhamedov", "Order of Friendship", "Vladimir Putin")
    ]


def test_a_re_election_extends_and_a_nomination_for_it_is_no_appointment() -> None:
    found = [
        f
        for f in facts(
            "Валентина Матвиенко переизбрана Председателем Совета Межпарламентской Ассамблеи СНГ. "
            "Кандидатуру на переизбрание внес Председатель Маджлиси милли Рустами Эмомали.",
            "2025-11-13",
        )
        if isinstance(f, Appointment)
    ]
    assert [(f.person, f.action) for f in found] == [("Valentina Matviyenko", "extended")]


def test_a_decree_on_appointing_names_the_appointee_after_it_or_the_one_its_pronoun_means() -> None:
    found = [
        f
        for f in facts(
            "Главы государств приняли решение о назначении Генеральным секретарем ОДКБ с 1 "
            "января 2026 года представителя Кыргызстана Таалатбека Масадыкова. Дмитрий "
            "Мезенцев уходит на другую работу: в тот же день Владимир Путин подписал указ о "
            "назначении его полномочным представителем президента в Конституционном суде.",
            "2025-11-27",
        )
        if isinstance(f, Appointment)
    ]
    assert {(f.person, f.action) for f in found} == {
        ("Taalatbek Masadykov", "appointed"),
        ("Dmitry Mezentsev", "appointed"),
    }


def test_an_initiative_s_subject_glosses_its_places_and_stops_at_whose_it_is() -> None:
    found = read_subjects(
        "Путин также предложил разместить штаб-квартиру новой организации в Сочи. "
        "Инициатива создания организации принадлежит Главе государства Касым-Жомарту "
        "Токаеву. «Если возражений нет, предлагаю считать декларацию принятой», - сказал "
        "Владимир Путин.",
        "2023-10-13",
    )
    subjects = {f.by: (russian, f.subject) for f, russian in found}
    assert set(subjects) == {"Vladimir Putin", "Kassym-Jomart Tokayev"}  # the motion is none
    assert subjects["Vladimir Putin"][0].startswith("разместить штаб-квартиру")
    assert "Sochi" in subjects["Vladimir Putin"][1]
    assert subjects["Kassym-Jomart Tokayev"][0] == "создания организации"


def test_a_currency_sign_before_the_figure_is_its_unit() -> None:
    found = [
        (f.value, f.unit)
        for f in facts("Импорт из России составил $129,3 млрд, экспорт — €2 млрд.", "2025-01-13")
        if isinstance(f, Statistic)
    ]
    assert found == [(129_300_000_000.0, "USD"), (2_000_000_000.0, "EUR")]


def test_a_timestamp_line_above_the_headline_dates_a_report_without_metadata() -> None:
    found = facts(
        "26 декабря 2024, 20:15\n\nПредседательство в СНГ переходит к Таджикистану\n\n"
        "С 1 января председательство в СНГ переходит к Таджикистану.",
        None,
    )
    assert [(f.state, f.year, f.planned) for f in found if isinstance(f, Chairmanship)] == [
        ("TJ", 2025, True)
    ]


def test_a_term_that_ends_in_the_year_named_is_the_giver_s() -> None:
    found = facts(
        "Председательство России в БРИКС в 2024 году завершится 31 декабря, после чего "
        "эстафету примет Бразилия. Армения завершает председательство в ОДКБ, в 2023 году оно "
        "перейдет к Беларуси.",
        "2022-11-23",
    )
    assert {(f.state, f.year) for f in found if isinstance(f, Chairmanship)} == {
        ("RU", 2024),
        ("BR", 2025),
        ("AM", 2022),
        ("BY", 2023),
    }


def test_a_range_s_first_figure_takes_the_unit_told_after_the_second() -> None:
    found = [
        (f.value, f.unit)
        for f in facts("Совокупный ВВП вырос с 1,6 трлн до 2,5 трлн долларов.", "2024-05-08")
        if isinstance(f, Statistic)
    ]
    assert found == [(1_600_000_000_000.0, "USD"), (2_500_000_000_000.0, "USD")]


def test_a_person_a_place_is_named_after_takes_no_part() -> None:
    found = people(
        "Заседание Высшего Евразийского экономического совета прошло в Санкт-Петербурге в "
        "здании Президентской библиотеки имени Б. Н. Ельцина. В нем приняли участие Владимир "
        "Путин и Александр Лукашенко.",
        "2025-12-22",
    )
    assert set(found) == {"Vladimir Putin", "Alexander Lukashenko"}


def test_one_of_the_decisions_and_decisions_of_a_council_are_no_titles() -> None:
    found = [
        f
        for f in facts(
            "Одним из подписанных решений председательство в Содружестве в 2026 году передано "
            "Туркмении. Участники рассмотрели информацию о решениях Совета глав государств СНГ "
            "от 10 октября 2025 года.",
            "2025-11-13",
        )
        if isinstance(f, Document)
    ]
    assert found == []


def test_the_presidents_talks_are_those_of_the_two_named_before() -> None:
    found = meetings(
        "Москва. 9 октября. INTERFAX.RU - Президент России Владимир Путин вручил президенту "
        "Белоруссии Александру Лукашенко орден Святого апостола Андрея Первозванного.\n\n"
        "Церемония прошла в Кремле.\n\nПеред церемонией президенты провели в Кремле двусторонние "
        "переговоры.",
        "2024-10-09",
    )
    assert [(m.body, m.parties) for m in found] == [("bilateral", ["BY", "RU"])]


def test_talks_told_without_a_place_are_in_the_dateline_s_city() -> None:
    found = meetings(
        "Ташкент, 15 ноября /УзА/. Президент Узбекистана Шавкат Мирзиёев наградил Президента "
        "Казахстана Касым-Жомарта Токаева орденом.\n\nЦеремония вручения состоялась в ходе "
        "визита. Вручая орден, глава государства отметил заслуги гостя. Гость поблагодарил за "
        "награду.\n\nПеред церемонией президенты провели переговоры.",
        "2025-11-15",
    )
    assert [(m.parties, m.place) for m in found] == [(["KZ", "UZ"], "Tashkent")]


def test_an_impersonal_proposal_and_an_appeal_not_to_delay_are_no_initiatives() -> None:
    found = facts(
        "«Нашу следующую встречу предлагается провести в Астане в ноябре», — сказал министр "
        "Мурат Нуртлеу. Премьер-министр Темир Сариев призвал парламент не затягивать с "
        "решением.",
        "2024-06-21",
    )
    assert [f for f in found if isinstance(f, Initiative)] == []


def test_resolved_to_forward_is_no_decision_and_a_war_s_years_date_no_session() -> None:
    text = (
        "По итогам заседания решено вынести на рассмотрение Совета глав государств СНГ девять "
        "документов. По итогам саммита СНГ в Ашхабаде главы государств подписали Обращение в "
        "связи с 75-летием Победы в Великой Отечественной войне 1941–1945 годов."
    )
    assert [russian for _, russian in read_titles(text, "2019-10-11")] == [
        "Обращение в связи с 75-летием Победы в Великой Отечественной войне 1941–1945 годов"
    ]
    found = facts(text, "2019-10-11")
    assert [(f.date, f.place) for f in found if isinstance(f, Meeting)] == [(None, "Ashgabat")]


def test_the_states_a_ratified_title_names_are_not_those_that_ratified() -> None:
    found = [
        f
        for f in facts(
            "Государственная Дума во вторник ратифицировала Договор между Российской "
            "Федерацией и Республикой Беларусь о гарантиях безопасности в рамках Союзного "
            "государства.",
            "2025-02-18",
        )
        if isinstance(f, Document)
    ]
    assert [(f.action, f.states) for f in found] == [("ratified", ["RU"])]


def test_every_passive_appointment_verb_passes_its_pattern_s_first_letter_lookahead() -> None:
    from plenary.extract.russian.lexicon import lexicon

    passive = re.compile(lexicon()["appointment_acts"]["appointed"]["passive"], re.I)
    for said in (
        "назначен",
        "утверждена",
        "избран",
        "вступил в должность",
        "приступит к обязанностям",
        "займет пост",
        "занял должность",
        "возглавит",
        "возглавила",
        "станет генеральным",
        "стал председателем",
        "Назначен",
    ):
        assert passive.search(said), said


def test_a_shortened_title_takes_the_full_title_told_before() -> None:
    found = read_titles(
        "Бишкек, 12 августа. Сегодня вступил в силу Договор о присоединении Кыргызской "
        "Республики к Договору о Евразийском экономическом союзе.\n\n"
        "Договор о присоединении был подписан 23 декабря 2014 года в Москве на заседании "
        "Высшего Евразийского экономического совета.",
        "2015-08-12",
    )
    title = (
        "Договор о присоединении Кыргызской Республики к Договору о Евразийском экономическом союзе"
    )
    assert [(russian, d.action) for d, russian in found] == [
        (title, "in-force"),
        (title, "signed"),
    ]


def test_the_gloss_knows_the_common_words_of_proposals_and_titles() -> None:
    from plenary.extract.russian.documents import gloss

    assert gloss(
        "создать общую платформу цифровых платежей для расчетов в национальных валютах"
    ) == ("create creation common platform digital payments settlements in national currencies")
    assert gloss("Соглашение о подготовке кадров для атомной энергетики") == (
        "agreement on training personnel atomic energy"
    )


def test_a_state_traded_with_is_the_figure_s_partner_not_its_subject() -> None:
    found = [
        (f.subject, f.value)
        for f in facts(
            "Москва, 20 января. Положительное сальдо торговли с Китаем у России сохранилось и "
            "составило около 14 млрд долларов.",
            "2025-01-20",
        )
        if isinstance(f, Statistic)
    ]
    assert found == [("RU", 14e9)]


def test_a_report_without_a_date_takes_the_year_of_the_chairmanship_it_ends() -> None:
    found = [
        f.date
        for f in facts(
            "ЕРЕВАН, 23 ноября. Премьер-министр Армении Никол Пашинян выступил на заседании "
            "Совета коллективной безопасности ОДКБ.\n\nВ сессии, которой завершается "
            "председательство Армении в ОДКБ в 2022 году, участвуют Президент России Владимир "
            "Путин и Президент Беларуси Александр Лукашенко. В 2023 году председательство в "
            "организации перейдёт к Беларуси.",
            None,
        )
        if isinstance(f, Meeting)
    ]
    assert found == ["2022-11-23"]


def test_a_chairmanship_without_a_year_in_a_report_without_metadata_takes_the_report_s() -> None:
    found = [
        (f.org, f.state, f.year)
        for f in facts(
            "— В декабре 2025 года в Санкт-Петербурге пройдёт заседание Высшего Евразийского "
            "экономического совета. Там будут подведены итоги белорусского председательства в "
            "ЕАЭС.",
            None,
        )
        if isinstance(f, Chairmanship)
    ]
    assert found == [("eaeu", "BY", 2025)]


def test_the_one_named_after_smeniv_is_the_predecessor_not_the_appointee() -> None:
    found = [
        (f.person, f.action)
        for f in facts(
            "Имангали Тасмагамбетов назначен Генеральным секретарём ОДКБ. Он приступит к "
            "обязанностям с 1 января 2023 года, сменив на этом посту Станислава Зася.",
            "2022-11-24",
        )
        if isinstance(f, Appointment)
    ]
    assert ("Stanislav Zas", "appointed") not in found
    assert ("Imangali Tasmagambetov", "appointed") in found


def test_a_profile_s_unnamed_award_lines_are_its_subject_s() -> None:
    found = [
        (f.recipient, f.award)
        for f in facts(
            "Имангали Тасмагамбетов назначен Генеральным секретарём ОДКБ. Он сменил на этом посту "
            "Станислава Зася.\n\nНаграды. Кавалер ордена «Отан» и ордена «Парасат». Награждён "
            "также российским орденом Дружбы.",
            "2022-11-24",
        )
        if isinstance(f, Award)
    ]
    assert found == [
        ("Imangali Tasmagambetov", "Order of Otan"),
        ("Imangali Tasmagambetov", "Order of Parasat"),
        ("Imangali Tasmagambetov", "Order of Friendship"),
    ]


def test_proposals_announced_then_told_one_by_one_are_each_an_initiative() -> None:
    found = read_subjects(
        "Владимир Путин выступил на саммите БРИКС в Казани. Российский президент выступил с "
        "двумя конкретными предложениями. Первое — создать новую инвестиционную платформу "
        "БРИКС. Второе — запустить зерновую биржу БРИКС, чтобы сформировать справедливые "
        "цены.",
        "2024-10-23",
    )
    assert [(f.by, russian) for f, russian in found] == [
        ("Vladimir Putin", "создать новую инвестиционную платформу БРИКС"),
        ("Vladimir Putin", "запустить зерновую биржу БРИКС"),
    ]


def test_a_proposal_after_an_appeal_in_one_sentence_is_an_initiative() -> None:
    found = read_subjects(
        "Михаил Мишустин призвал коллег ускорить практическую работу по созданию Банка "
        "развития ШОС и предложил шире использовать национальные валюты во взаимных расчетах.",
        "2025-11-18",
    )
    assert [(f.by, russian) for f, russian in found] == [
        ("Mikhail Mishustin", "шире использовать национальные валюты во взаимных расчетах")
    ]


def test_the_union_s_figure_and_the_state_whose_trade_it_is() -> None:
    found = [
        (f.subject, f.value)
        for f in facts(
            "Москва, 9 мая. Высший Евразийский экономический совет собрался в Кремле. За десять "
            "лет совокупный ВВП стран союза, по оценкам, вырос до 2,5 трлн долларов.\n\n"
            "Мишустин сообщил, что доля стран Содружества во внешней торговле России выросла до "
            "16%.",
            "2024-05-09",
        )
        if isinstance(f, Statistic)
    ]
    assert found == [("eaeu", 2.5e12), ("RU", 16.0)]


def test_a_motion_on_the_meeting_s_own_course_is_no_initiative() -> None:
    found = [
        f
        for f in facts(
            "Никол Пашинян предложил вернуться к доработке текстов позднее. Владимир Путин "
            "предложил почтить память погибших минутой молчания.",
            "2022-11-23",
        )
        if isinstance(f, Initiative)
    ]
    assert found == []


def test_each_talks_of_a_lead_listing_several_leaders_take_the_dateline_s_day() -> None:
    found = meetings(
        "Казань, 22 октября. Владимир Путин провёл переговоры с премьер-министром Индии "
        "Нарендрой Моди, президентом ЮАР Сирилом Рамафосой и председателем КНР Си Цзиньпином.",
        published="2024-10-22",
    )
    assert sorted((m.parties, m.date, m.place) for m in found) == [
        (["CN", "RU"], "2024-10-22", "Kazan"),
        (["IN", "RU"], "2024-10-22", "Kazan"),
        (["RU", "ZA"], "2024-10-22", "Kazan"),
    ]


def test_the_lead_s_weekday_dates_the_headline_s_talks_not_the_dateline() -> None:
    found = meetings(
        "Путин провёл переговоры с Си Цзиньпином\n\n"
        "Казань, 23 октября. Во вторник, в первый день саммита, Владимир Путин провёл в "
        "Казани серию встреч.",
        published="2024-10-23",
    )
    assert [(m.parties, m.date) for m in found if m.body == "bilateral"] == [
        (["CN", "RU"], "2024-10-22")
    ]
    told_by_date = meetings(
        "Путин провёл переговоры с Си Цзиньпином\n\n"
        "Казань, 23 октября. В понедельник, 21 октября, Владимир Путин прилетел в Казань.",
        published="2024-10-23",
    )
    assert [m.date for m in told_by_date if m.body == "bilateral"] == ["2024-10-23"]


def test_a_leader_meets_each_leader_listed_after_meets_with() -> None:
    found = meetings(
        "Душанбе, 9 октября. В четверг Путин встретится с президентом Таджикистана Эмомали "
        "Рахмоном и президентом Азербайджана Ильхамом Алиевым, а также с президентом "
        "Узбекистана Шавкатом Мирзиёевым.",
        published="2025-10-08",
    )
    assert sorted((m.parties, m.planned) for m in found) == [
        (["AZ", "RU"], True),
        (["RU", "TJ"], True),
        (["RU", "UZ"], True),
    ]


def test_the_republic_s_and_our_country_s_figures_are_the_headline_state_s() -> None:
    found = facts(
        "Узбекистан получил статус наблюдателя при ЕАЭС\n\n"
        "Ташкент, 11 декабря. За десять месяцев 2020 года товарооборот республики с "
        "государствами ЕАЭС составил около 6,5 млрд долларов. «На государства союза уже "
        "приходится более 28 процентов внешнеторгового оборота нашей страны», – сказал он.",
        published="2020-12-11",
    )
    assert sorted((f.value, f.subject) for f in found if isinstance(f, Statistic)) == [
        (28.0, "UZ"),
        (6500000000.0, "UZ"),
    ]


def test_an_official_named_where_his_post_changes_hands_takes_no_part() -> None:
    found = people(
        "Ереван, 23 ноября. В Ереване прошла сессия Совета коллективной безопасности ОДКБ. "
        "В ней принял участие генеральный секретарь ОДКБ Станислав Зась. Генеральным "
        "секретарем ОДКБ с 1 января 2023 года назначен Имангали Тасмагамбетов.",
        published="2022-11-23",
    )
    assert "Stanislav Zas" in found
    assert "Imangali Tasmagambetov" not in found


def test_a_minister_who_represents_his_state_takes_part_and_the_aide_who_tells_it_does_not() -> (
    None
):
    found = people(
        "Астана, 4 июля. В Астане прошел саммит ШОС. Индию представлял министр иностранных "
        "дел Субраманьям Джайшанкар, сообщил на брифинге в Москве помощник российского лидера "
        "Юрий Ушаков.",
        published="2024-07-04",
    )
    assert "Subrahmanyam Jaishankar" in found
    assert "Yuri Ushakov" not in found


def test_a_share_of_a_state_s_trade_named_after_the_figure_is_that_state_s() -> None:
    found = facts(
        "Минск, 3 июня. «На страны СНГ приходится более 60 процентов всего товарооборота "
        "Беларуси», – пояснил он. На страны ШОС приходится около 40 процентов "
        "внешнеторгового оборота Узбекистана.",
        published="2025-06-03",
    )
    assert sorted((f.value, f.subject) for f in found if isinstance(f, Statistic)) == [
        (40.0, "UZ"),
        (60.0, "BY"),
    ]


def test_proposals_told_by_a_participle_a_post_and_an_also() -> None:
    found = read_subjects(
        "Тяньцзинь, 1 сентября. Главы государств поддержали выдвинутую Касым-Жомартом "
        "Токаевым Инициативу ШОС о всемирном единении за справедливый мир. Председатель КНР "
        "выдвинул в Тяньцзине Инициативу по глобальному управлению, а также предложил "
        "учредить Банк развития ШОС.",
        published="2025-09-01",
    )
    told = [(i.by, russian.split()[0]) for i, russian in found]
    assert told == [
        ("Kassym-Jomart Tokayev", "ШОС"),
        ("Xi Jinping", "по"),
        ("Xi Jinping", "учредить"),
    ]


def test_a_readout_s_head_of_state_named_by_post_alone_is_its_own_leader() -> None:
    found = meetings(
        "Президент Узбекистана Шавкат Мирзиёев прибыл в Самарканд.\n\nСамарканд, 15 сентября. "
        "Глава государства провел переговоры с Председателем КНР Си Цзиньпином. Затем "
        "Президент встретился с Президентом России Владимиром Путиным.",
        published="2022-09-15",
    )
    assert sorted(m.parties for m in found if m.body == "bilateral") == [
        ["CN", "UZ"],
        ["RU", "UZ"],
    ]


def test_documents_named_after_a_count_take_its_act_and_both_take_the_next_one() -> None:
    found = read_titles(
        "Минск, 1 октября. Депутаты Палаты представителей Беларуси ратифицировали два "
        "международных договора. Речь идёт о Соглашении о свободной торговле между ЕАЭС "
        "и Ираном, а также о Соглашении об экономическом партнёрстве между ЕАЭС и "
        "Объединёнными Арабскими Эмиратами. Оба документа были подписаны 27 июня в Минске "
        "на заседании Высшего Евразийского экономического совета.",
        published="2025-10-01",
    )
    told = sorted(
        (russian.split()[2], d.action, d.states, d.meeting.date if d.meeting else None)
        for d, russian in found
    )
    assert told == [
        ("свободной", "ratified", ["BY"], None),
        ("свободной", "signed", [], "2025-06-27"),
        ("экономическом", "ratified", ["BY"], None),
        ("экономическом", "signed", [], "2025-06-27"),
    ]


def test_a_decree_s_capitalised_names_and_the_instrumental_of_a_medal_are_read() -> None:
    found = facts(
        "Президент России подписал Указ о награждении государственными наградами.\n\n"
        "Орденом Почёта награждён КОБИЦКИЙ Дмитрий Фёдорович — Генеральный секретарь Совета "
        "МПА СНГ.\n\nМедалью Пушкина награждена САИДОВА Мавжуда Рахимовна — учитель русского "
        "языка.",
        published="2025-12-10",
    )
    awards = sorted((f.recipient, f.award) for f in found if isinstance(f, Award))
    assert awards == [
        ("Dmitriy Kobitskiy", "Order of Honour"),
        ("Mavzhuda Saidova", "Medal of Pushkin"),
    ]


def test_uzbek_letters_name_the_order_and_an_award_for_preparing_a_summit_is_given() -> None:
    found = facts(
        "Ташкент. УзА. За активное участие в подготовке Самаркандского саммита ШОС орденом "
        "«Дўстлик» награждён Генеральный секретарь ШОС Чжан Мин. Почётной грамотой Содружества "
        "Независимых Государств награждён Олег Бондаренко.",
        published="2025-12-10",
    )
    awards = sorted((f.recipient, f.award, f.planned) for f in found if isinstance(f, Award))
    assert awards == [
        ("Oleg Bondarenko", "CIS Certificate of Honor", False),
        ("Zhang Ming", "Order of Dustlik", False),
    ]


def test_who_tells_of_an_award_is_not_its_recipient() -> None:
    found = facts(
        "Ушаков напомнил, что по указу президента Сергей Лебедев награждён орденом Александра "
        "Невского.",
        published="2025-12-18",
    )
    assert [f.recipient for f in found if isinstance(f, Award)] == ["Sergey Lebedev"]


def test_a_backed_candidacy_and_a_term_running_out_are_changes_to_come() -> None:
    found = facts(
        "Министры поддержали кандидатуру Таалатбека Масадыкова для назначения на должность "
        "Генерального секретаря ОДКБ с 1 января 2026 года. Полномочия нынешнего председателя "
        "коллегии ЕЭК Михаила Мясниковича истекают 31 января.",
        published="2025-11-20",
    )
    told = sorted((f.person, f.action, f.planned) for f in found if isinstance(f, Appointment))
    assert told == [
        ("Mikhail Myasnikovich", "dismissed", True),
        ("Taalatbek Masadykov", "appointed", True),
    ]


def test_a_participle_is_an_appointment_only_beside_the_person_it_qualifies() -> None:
    found = facts(
        "Дмитрий Мезенцев доложил о ходе реализации 28 союзных программ, утвержденных в ноябре "
        "2021 года. С 1 февраля 2024 года коллегию ЕЭК возглавляет Бакытжан Сагинтаев, "
        "назначенный на этот пост решением ВЕЭС в декабре 2023 года.",
        published="2024-12-06",
    )
    told = sorted((f.person, f.action) for f in found if isinstance(f, Appointment))
    assert told == [("Bakytzhan Sagintayev", "appointed")]


def test_a_host_named_by_post_holds_talks_with_each_leader_listed() -> None:
    found = meetings(
        "23 октября 2024 года, Казань\n\nНакануне, 22 октября, Президент России провел в Казани "
        "переговоры с Председателем КНР Си Цзиньпином и Премьер-министром Индии Нарендрой "
        "Моди. Российский президент провёл переговоры с президентом ЮАР Сирилом Рамафосой и "
        "президентом Египта Абдель Фаттахом ас-Сиси.",
        published="2024-10-23",
    )
    assert sorted(tuple(m.parties or ()) for m in found if m.body == "bilateral") == [
        ("CN", "RU"),
        ("EG", "RU"),
        ("IN", "RU"),
        ("RU", "ZA"),
    ]


def test_a_paragraph_opening_with_a_day_is_no_dateline_and_a_readout_line_is_one() -> None:
    def dateline_of(text: str) -> tuple[object, object]:
        doc = Doc(article=Article(name="ru.txt", text=text, language="ru"), text=text)
        for name in ("sentences", "ru-mentions", "ru-dates"):
            REGISTRY[name](doc)
        return doc.context["dateline_place"], doc.context["dateline_date"]

    assert dateline_of("Итоги\n\nНакануне, 22 октября, Путин провел переговоры.") == (None, None)
    assert dateline_of("23 октября 2024 года, Казань\n\nПутин провел саммит.") == (
        "Kazan",
        "2024-10-23",
    )


def test_leaders_who_will_meet_are_at_a_session_to_come() -> None:
    (meeting,) = meetings(
        "В декабре лидеры встретятся в Санкт-Петербурге на заседании Высшего Евразийского "
        "экономического совета.",
        published="2025-10-11",
    )
    assert (meeting.planned, meeting.date) == (True, "2025-12")


def test_a_given_name_in_ii_is_known_in_its_other_cases() -> None:
    found = people(
        "На пленарном заседании Межпарламентской Ассамблеи СНГ в Санкт-Петербурге 17 апреля "
        "выступил генеральный секретарь Совета МПА Дмитрий Кобицкий. Депутаты продлили "
        "полномочия Дмитрия Кобицкого.",
        "2025-04-17",
    )
    appointments = [
        f
        for f in facts(
            "Депутаты продлили полномочия генерального секретаря Совета МПА Дмитрия Кобицкого.",
            "2025-04-17",
        )
        if isinstance(f, Appointment)
    ]
    assert "Dmitry Kobitsky" in found
    assert [(a.person, a.action) for a in appointments] == [("Dmitry Kobitsky", "extended")]


def test_a_proposal_told_by_this_or_its_initiator_is_the_document_told_before() -> None:
    found = read_subjects(
        "По итогам саммита подписано Соглашение о создании Международной организации по "
        "русскому языку. Инициатором ее создания выступил Касым-Жомарт Токаев. Центральное "
        "место занимает проект Соглашения о создании Евразийского агроэкспресса. Идею создания "
        "такой структуры выдвинул Садыр Жапаров.",
        "2023-10-13",
    )
    assert [(f.by, russian) for f, russian in found] == [
        (
            "Kassym-Jomart Tokayev",
            "Соглашение о создании Международной организации по русскому языку",
        ),
        ("Sadyr Japarov", "Соглашения о создании Евразийского агроэкспресса"),
    ]


def test_an_appointee_named_after_a_long_post_who_takes_the_post_and_who_replaces_him() -> None:
    found = facts(
        "Совет глав государств назначил новым Генеральным секретарем ШОС бывшего министра "
        "обороны Казахстана Нурлана Ермекбаева. С 1 января 2026 года этот пост займет "
        "представитель Кыргызстана Таалатбек Масадыков. Лидеры договорились, что с 1 января "
        "его сменит представитель Казахстана Имангали Тасмагамбетов.",
        published="2025-11-27",
    )
    told = sorted((f.person, f.action) for f in found if isinstance(f, Appointment))
    assert told == [
        ("Imangali Tasmagambetov", "appointed"),
        ("Nurlan Yermekbayev", "appointed"),
        ("Taalatbek Masadykov", "appointed"),
    ]


def test_an_order_named_in_quotes_with_its_dash_is_known() -> None:
    found = facts(
        "Президенты России, Беларуси и Кыргызстана — Владимир Путин, Александр Лукашенко и "
        "Сооронбай Жээнбеков — удостоены ордена «Первый Президент Республики Казахстан – "
        "Лидер Нации Нурсултан Назарбаев».",
        published="2019-05-29",
    )
    assert sorted(f.recipient for f in found if isinstance(f, Award)) == [
        "Alexander Lukashenko",
        "Sooronbay Jeenbekov",
        "Vladimir Putin",
    ]


def test_an_award_handed_to_a_leader_named_by_post_is_that_leader_s() -> None:
    found = facts(
        "Сооронбай Жээнбеков вручил китайскому лидеру орден «Манас» I степени.", "2019-06-13"
    )
    assert [(f.recipient, f.award, f.by) for f in found if isinstance(f, Award)] == [
        ("Xi Jinping", "Order of Manas", "Sooronbay Jeenbekov")
    ]
