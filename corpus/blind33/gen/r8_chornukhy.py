"""b33_08: Telegram channel of the ЦНСП Чорнухинської селищної ради, March 2025, as Telegram Desktop
exports it (messages.html: one div per message, date separators, forwarded headers, reactions, views)."""
import html
from common import Gold, write_text, report_path

DOC = "b33_08_chornukhy_cnsp_telegram_202503.html"
CH = "ЦНСП Чорнухинської селищної ради"

# (kind, id, date "dd.mm.yyyy hh:mm:ss", text lines, extra)
# kind: "day" (date separator), "msg", "fwd" (forwarded; extra = (from, date)), "media" (extra = media html)
POSTS = [
    ("day", 0, "1 березня 2025", None, None),
    ("msg", 1184, "01.03.2025 09:12:05", [
        "📊 <strong>Підсумки лютого</strong>",
        "Фахівці Центру відвідали 39 сімей, надали 167 консультацій, провели 5 групових заходів.",
        "Дякуємо за довіру! #підсумки #лютий2025"], {"r": [("👍", 14), ("❤", 6)], "v": "388"}),
    ("day", 0, "3 березня 2025", None, None),
    ("msg", 1185, "03.03.2025 12:30:41", [
        "🗓 <strong>Анонс!</strong> 6 березня о 14:00 у приміщенні Центру (смт Чорнухи, вул. Центральна, 25) – тренінг «Батьківство в умовах війни».",
        "Кількість місць обмежена – 15. Реєстрація за тел. (05340) 0-22-17 або в коментарях 👇"], {"r": [("👍", 9)], "v": "341"}),
    ("day", 0, "6 березня 2025", None, None),
    ("msg", 1187, "06.03.2025 17:40:12", [
        "Сьогодні відбувся тренінг «Батьківство в умовах війни» 💛",
        "Участь взяли 17 осіб – 14 батьків і 3 вихователі ЗДО. Психологиня Центру розповіла, як говорити з дітьми про втрату та страх."],
     {"r": [("❤", 21), ("🔥", 4)], "v": "402", "photo": "photo_2@06-03-2025_17-40-12"}),
    ("day", 0, "7 березня 2025", None, None),
    ("fwd", 1188, "07.03.2025 10:02:55", [
        "У 2024 році в області функціонувало 412 прийомних сімей та 96 дитячих будинків сімейного типу, у яких виховується понад 1,9 тис. дітей.",
        "Стати прийомними батьками – телефонуйте на гарячу лінію 0 800 000 312."],
     {"from": "Полтавський обласний центр соціальних служб", "date": "06.03.2025 15:20:00", "r": [("👍", 3)], "v": "212"}),
    ("day", 0, "11 березня 2025", None, None),
    ("msg", 1191, "11.03.2025 16:15:30", [
        "🚐 Мобільна бригада соціально-психологічної допомоги за тиждень здійснила 12 виїздів до старостинських округів.",
        "Консультації отримали 28 осіб."], {"r": [("👍", 11)], "v": "297"}),
    ("day", 0, "12 березня 2025", None, None),
    ("msg", 1192, "12.03.2025 13:05:19", [
        "У Чорнухинському ліцеї фахівчиня Центру провела годину спілкування «Безпечний інтернет» для 26 учнів 7–8 класів 📱"],
     {"r": [("👍", 7)], "v": "265"}),
    ("day", 0, "14 березня 2025", None, None),
    ("msg", 1194, "14.03.2025 11:48:02", [
        "📦 Завдяки благодійному фонду «Полтавська надія» Центр передав 60 продуктових наборів 60 родинам внутрішньо переміщених осіб.",
        "Вага кожного набору – 12 кг."], {"r": [("🙏", 18), ("❤", 9)], "v": "455", "video": "01:24, 12.4 MB"}),
    ("day", 0, "18 березня 2025", None, None),
    ("msg", 1197, "18.03.2025 09:30:44", [
        "Під соціальним супроводом Центру зараз перебуває 17 сімей, у яких виховується 38 дітей.",
        "Цього місяця 2 сім'ї успішно завершили супровід – складні життєві обставини подолано 🎉"],
     {"r": [("🎉", 12), ("👍", 5)], "v": "318"}),
    ("day", 0, "20 березня 2025", None, None),
    ("fwd", 1199, "20.03.2025 18:22:10", [
        "Понад 1,2 млн внутрішньо переміщених осіб отримують допомогу на проживання. З 1 березня змінено порядок її призначення – деталі на сайті."],
     {"from": "Мінсоцполітики", "date": "20.03.2025 14:00:00", "r": [], "v": "184"}),
    ("day", 0, "21 березня 2025", None, None),
    ("msg", 1200, "21.03.2025 15:10:27", [
        "☎ На телефон довіри Центру за тиждень надійшло 9 дзвінків. Ми на зв'язку щодня з 8:00 до 17:00."],
     {"r": [("👍", 4)], "v": "233"}),
    ("day", 0, "24 березня 2025", None, None),
    ("msg", 1202, "24.03.2025 12:00:00", [
        "🎓 4 фахівці Центру завершили онлайн-курс НССУ «Оцінка потреб сім'ї» (обсяг – 30 годин) та отримали сертифікати."],
     {"r": [("👏", 16)], "v": "276"}),
    ("day", 0, "27 березня 2025", None, None),
    ("msg", 1205, "27.03.2025 16:41:08", [
        "За березень фахівці Центру відвідали 46 сімей 👣 Кожен візит – це розмова, підтримка і план дій."],
     {"r": [("❤", 19)], "v": "361", "photo": "photo_3@27-03-2025_16-41-08"}),
    ("day", 0, "31 березня 2025", None, None),
    ("msg", 1208, "31.03.2025 18:00:31", [
        "📊 <strong>Підсумки березня</strong>",
        "• звернулися до Центру – 124 особи;",
        "• надано 389 соціальних послуг, з них консультування – 211, інформування – 134, соціальний супровід – 44;",
        "• оцінку потреб проведено 21 сім'ї;",
        "• відвідано сімей за місцем проживання – 48;",
        "• натуральну допомогу отримали 60 родин;",
        "• проведено 7 групових заходів, учасників – 93;",
        "• дзвінків на телефон довіри – 31;",
        "• скарг не надходило ✅",
        "#підсумки #березень2025"], {"r": [("👍", 23), ("❤", 11), ("🔥", 2)], "v": "512"}),
    ("fwd", 1209, "31.03.2025 18:05:12", [
        "Сесія селищної ради 28 березня затвердила Програму соціального захисту населення на 2025–2027 роки з фінансуванням 1,8 млн грн."],
     {"from": "Чорнухинська селищна рада", "date": "29.03.2025 10:15:00", "r": [("👍", 6)], "v": "198"}),
]


def msg_html(kind, mid, date, lines, ex, joined):
    text = "<br>".join(lines)
    hhmm = date[11:16]
    out = [f'     <div class="message default clearfix{" joined" if joined else ""}" id="message{mid}">']
    if not joined:
        out += ['      <div class="pull_left userpic_wrap">',
                '       <div class="userpic userpic2" style="width: 42px; height: 42px">',
                '        <div class="initials" style="line-height: 42px">', 'Ц', '        </div>',
                '       </div>', '      </div>']
    out += ['      <div class="body">',
            f'       <div class="pull_right date details" title="{date} UTC+02:00">', hhmm, '       </div>']
    if not joined:
        out += ['       <div class="from_name">', CH, '       </div>']
    if kind == "fwd":
        out += ['       <div class="forwarded body">',
                f'        <div class="from_name">', f'{html.escape(ex["from"])}<span class="date details" title="{ex["date"]} UTC+02:00"> {ex["date"]}</span>',
                '        </div>']
    if ex.get("photo"):
        p = ex["photo"]
        out += ['       <div class="media_wrap clearfix">',
                f'        <a class="photo_wrap clearfix pull_left" href="photos/{p}.jpg">',
                f'         <img class="photo" src="photos/{p}_thumb.jpg" style="width: 260px; height: 195px"/>',
                '        </a>', '       </div>']
    if ex.get("video"):
        out += ['       <div class="media_wrap clearfix">',
                '        <a class="media clearfix pull_left block_link media_video" href="video_files/IMG_4471.MP4">',
                '         <div class="fill pull_left"></div>', '         <div class="body">',
                '          <div class="title bold">', 'Video file', '          </div>',
                '          <div class="status details">', ex["video"], '          </div>',
                '         </div>', '        </a>', '       </div>']
    out += ['       <div class="text">', text, '       </div>']
    if kind == "fwd":
        out += ['       </div>']
    if ex.get("r"):
        out += ['       <span class="reactions">']
        for e, n in ex["r"]:
            out += ['        <span class="reaction">', f'         <span class="emoji">{e}</span>',
                    f'         <span class="count">{n}</span>', '        </span>']
        out += ['       </span>']
    out += [f'       <div class="signature details">👁 {ex["v"]}</div>']
    out += ['      </div>', '     </div>']
    return "\n".join(out)


def build():
    parts = ['<!DOCTYPE html>', '<html>', ' <head>', '  <meta charset="utf-8"/>', '<title>Exported Data</title>',
             '  <meta content="width=device-width, initial-scale=1.0" name="viewport"/>',
             '  <link href="css/style.css" rel="stylesheet"/>',
             '  <script src="js/script.js" type="text/javascript">', '  </script>', ' </head>',
             ' <body onload="CheckLocation();">', '  <div class="page_wrap">', '   <div class="page_header">',
             '    <div class="content">', '     <div class="text bold">', CH, '     </div>', '    </div>', '   </div>',
             '   <div class="page_body chat_page">', '    <div class="history">']
    prev_day = False
    last_from_channel = False
    svc = -1
    for kind, mid, date, lines, ex in POSTS:
        if kind == "day":
            parts += [f'     <div class="message service" id="message{svc}">', '      <div class="body details">',
                      date, '      </div>', '     </div>']
            svc -= 1
            last_from_channel = False
            continue
        joined = last_from_channel and kind == "msg"
        parts.append(msg_html(kind, mid, date, lines, ex, joined))
        last_from_channel = True
    parts += ['    </div>', '   </div>', '  </div>', ' </body>', '</html>', '']
    return "\n".join(parts)


def main():
    write_text(report_path(DOC), build())
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Чорнухинської селищної ради",
        "centre_type": "cnsp", "settlement": "Чорнухи", "report_kind": "other",
        "period_start": "2025-03-01", "period_end": "2025-03-31",
    }, meta_alt={"centre": ["ЦНСП Чорнухинської селищної ради"], "report_kind": ["period_report"]})
    f = g.f
    # posts during March
    ep = f("event_participants", "persons", 17, "Участь взяли 17 осіб", label="тренінг «Батьківство в умовах війни», 06.03")
    epg = "participants_17"
    ep1 = f("event_participants", "persons", 14, "14 батьків", label="батьки", group=epg, parent=ep)
    ep2 = f("event_participants", "persons", 3, "3 вихователі ЗДО", label="вихователі ЗДО", group=epg, parent=ep)
    mb = f("served", "persons", 28, "Консультації отримали 28 осіб.", service="counselling",
           label="мобільна бригада, за тиждень")
    ep3 = f("event_participants", "children", 26, "для 26 учнів 7–8 класів", label="година спілкування «Безпечний інтернет», 12.03",
            unit_alt="persons")
    na = f("served", "families", 60, "Центр передав 60 продуктових наборів 60 родинам внутрішньо переміщених осіб",
           service="natural_aid", category="внутрішньо переміщені особи")
    ss = f("served", "families", 17, "Під соціальним супроводом Центру зараз перебуває 17 сімей", service="social_support_sjo",
           alt=["support_ongoing"], label="станом на 18.03")
    ssc = f("served", "children", 38, "у яких виховується 38 дітей", service="social_support_sjo",
            alt=["support_ongoing"], parent=ss)
    sc = f("support_completed", "families", 2, "Цього місяця 2 сім'ї успішно завершили супровід", service="social_support_sjo",
           alt=["outcome_positive"], parent=ss, note="completed with СЖО overcome: one figure, two readings")
    cl1 = f("calls", "calls", 9, "На телефон довіри Центру за тиждень надійшло 9 дзвінків", label="за тиждень")
    tr = f("staff_trained", "staff", 4, "4 фахівці Центру завершили онлайн-курс НССУ")
    vis = f("served", "families", 46, "За березень фахівці Центру відвідали 46 сімей",
            label="відвідування сімей за місцем проживання", uncertain=True,
            note="home visits have no §3 id of their own; served is the nearest")
    # the monthly summary post
    ap = f("applied", "persons", 124, "звернулися до Центру – 124 особи")
    sp = f("services_provided", "services", 389, "надано 389 соціальних послуг")
    gr = "services_389_by_service"
    s1 = f("services_provided", "services", 211, "консультування – 211", service="counselling", group=gr, parent=sp)
    s2 = f("services_provided", "services", 134, "інформування – 134", service="informing", group=gr, parent=sp)
    s3 = f("services_provided", "services", 44, "соціальний супровід – 44", service="social_support_sjo", group=gr, parent=sp)
    nd = f("needs_assessed", "families", 21, "оцінку потреб проведено 21 сім'ї")
    vis2 = f("served", "families", 48, "відвідано сімей за місцем проживання – 48",
             label="відвідування сімей за місцем проживання", uncertain=True)
    na2 = f("served", "families", 60, "натуральну допомогу отримали 60 родин", service="natural_aid", label="повторна згадка")
    ev = f("events", "events", 7, "проведено 7 групових заходів")
    ep4 = f("event_participants", "persons", 93, "учасників – 93", parent=ev)
    cl2 = f("calls", "calls", 31, "дзвінків на телефон довіри – 31")
    cp = f("complaints", "complaints", 0, "скарг не надходило ✅")

    g.slip("internal_conflict", "error", "За березень фахівці Центру відвідали 46 сімей", 46, 48, [vis, vis2],
           "the post of 27 March says 46 families were visited «за березень»; the monthly summary of 31 March says 48. "
           "Same indicator, unit and period (both are the whole of March)",
           f"{vis} == {vis2}")
    g.check("parts_sum", "надано 389 соціальних послуг, з них консультування – 211, інформування – 134, соціальний супровід – 44",
            "211 + 134 + 44 = 389", f"{s1} + {s2} + {s3} == {sp}")
    g.check("parts_sum", "Участь взяли 17 осіб – 14 батьків і 3 вихователі ЗДО", "14 + 3 = 17", f"{ep1} + {ep2} == {ep}")
    g.check("internal_conflict", "натуральну допомогу отримали 60 родин", "60 families in the post of 14 March and in the summary",
            f"{na} == {na2}")
    g.check("parts_sum", "дзвінків на телефон довіри – 31", "one week's 9 calls ≤ the month's 31", f"{cl1} <= {cl2}")
    g.check("parts_sum", "учасників – 93", "the training's 17 and the lesson's 26 ≤ 93 participants of March's group events",
            f"{ep} + {ep3} <= {ep4}")
    g.check("parts_sum", "Цього місяця 2 сім'ї успішно завершили супровід", "2 ≤ 17; 38 children for 17 families",
            f"{sc} <= {ss}")

    g.skip("Фахівці Центру відвідали 39 сімей, надали 167 консультацій, провели 5 групових заходів.", [39, 167, 5],
           "«Підсумки лютого» posted on 1 March: February figures, another period")
    g.skip("#підсумки #лютий2025", [2025], "hashtag with a year")
    g.skip("👍 14 ❤ 6", [14, 6], "reactions (every post has reaction counts)")
    g.skip("👁 388", [388], "views (every post has a view counter)")
    g.skip("1 березня 2025", [1, 2025], "date separators and post times (every post)")
    g.skip("Анонс! 6 березня о 14:00 у приміщенні Центру (смт Чорнухи, вул. Центральна, 25)", [6, 14, 0, 25],
           "announcement: date, time, address")
    g.skip("Кількість місць обмежена – 15. Реєстрація за тел. (05340) 0-22-17", [15, 5340, 2217], "places available (a plan), phone")
    g.skip("Полтавський обласний центр соціальних служб 06.03.2025 15:20:00", [6, 3, 2025, 15, 20, 0], "forwarded header")
    g.skip("У 2024 році в області функціонувало 412 прийомних сімей та 96 дитячих будинків сімейного типу, у яких виховується понад 1,9 тис. дітей.",
           [2024, 412, 96, 1900], "repost of the oblast ЦСС: another body, another year")
    g.skip("гарячу лінію 0 800 000 312", [800, 312], "hotline number in a repost")
    g.skip("за тиждень здійснила 12 виїздів до старостинських округів", [12], "trips (no §3 id)")
    g.skip("7–8 класів", [7, 8], "school grades")
    g.skip("60 продуктових наборів", [60], "items handed out")
    g.skip("Вага кожного набору – 12 кг.", [12], "weight of a set")
    g.skip("Мінсоцполітики 20.03.2025 14:00:00", [20, 3, 2025, 14], "forwarded header")
    g.skip("Понад 1,2 млн внутрішньо переміщених осіб отримують допомогу на проживання. З 1 березня змінено порядок її призначення",
           [1200000, 1], "repost of the ministry: national figure, date")
    g.skip("Ми на зв'язку щодня з 8:00 до 17:00.", [8, 17], "office hours")
    g.skip("(обсяг – 30 годин)", [30], "course length")
    g.skip("#підсумки #березень2025", [2025], "hashtag with a year")
    g.skip("Чорнухинська селищна рада 29.03.2025 10:15:00", [29, 3, 2025, 10, 15], "forwarded header")
    g.skip("Сесія селищної ради 28 березня затвердила Програму соціального захисту населення на 2025–2027 роки з фінансуванням 1,8 млн грн.",
           [28, 2025, 2027, 1800000], "repost of the council: programme years and funding (not the centre's spending)")
    g.note("a Telegram channel export covering 1–31 March 2025: period = March 2025; report_kind other (meta_alt period_report)")
    g.note("the centre's own posts are facts when their figure is the centre's work in March, also a week's or a day's (labelled); the February summary, announcements and forwarded posts are skipped")
    g.note("the summary post of 31 March repeats the natural aid of 14 March (two facts, the second labelled «повторна згадка») and contradicts the 46 visited families of 27 March (planted internal_conflict)")
    g.note("«зараз перебуває 17 сімей» (18 March) is a point-in-time figure inside the month: served (alt support_ongoing) with a label; the summary gives no support count, so no conflict")
    g.note("the 17 training participants, the 26 pupils and the summary's 93 are event_participants; the training and the lesson are not counted as events because no count is written for them")
    g.write()


if __name__ == "__main__":
    main()
