"""b68_07: ТЦСО Мельнице-Подільської селищної ради (Тернопільська), report for 2024 on an old hand-made
council site (early 2000s style) written as KOI8-U bytes with no charset declared: layout tables,
<font>, <center>, a <table border=1> of figures with 2023 and 2024 columns, a «Новини» column,
a visitor counter, «Оновлено: …» and a webmaster e-mail."""
from common import Gold, write_text, report_path

DOC = "b68_07_melnytsia_podilska_tcso_annual2024.html"

HTML = """<HTML>
<HEAD>
<TITLE>Мельнице-Подільська селищна рада - Теруцентр</TITLE>
<META NAME="keywords" CONTENT="Мельниця-Подільська, селищна рада, теруцентр, соціальні послуги">
</HEAD>
<BODY BGCOLOR="#FFFFF0" TEXT="#000000" LINK="#000080" VLINK="#800080" BACKGROUND="img/fon.gif">
<CENTER><IMG SRC="img/gerb.gif" WIDTH=60 HEIGHT=72><BR>
<FONT FACE="Times New Roman" SIZE=6 COLOR="#000080"><B>МЕЛЬНИЦЕ-ПОДІЛЬСЬКА СЕЛИЩНА РАДА</B></FONT><BR>
<FONT SIZE=2>Чортківський район Тернопільської області</FONT></CENTER>
<HR SIZE=3 COLOR="#000080">
<CENTER><FONT SIZE=2><A HREF="index.html">Головна</A> | <A HREF="rada.html">Селищна рада</A> | <A HREF="deputaty.html">Депутати</A> | <A HREF="rishennia.html">Рішення сесій</A> | <A HREF="terucentr.html">Теруцентр</A> | <A HREF="guestbook.html">Гостьова книга</A></FONT></CENTER>
<HR SIZE=1>
<TABLE WIDTH="100%" BORDER=0 CELLPADDING=6>
<TR>
<TD WIDTH="22%" VALIGN=TOP BGCOLOR="#E0E8F0">
<FONT SIZE=3 COLOR="#800000"><B>Новини</B></FONT><BR><BR>
<FONT SIZE=2><B>20.01.2025</B><BR>Сесія селищної ради затвердила бюджет громади на 2025 рік - 142,6 млн грн.<BR><BR>
<B>14.01.2025</B><BR>Прийом громадян у ЦНАП: каб. 5, тел. (03541) 0-21-44.<BR><BR>
<B>03.12.2024</B><BR>До Міжнародного дня людей з інвалідністю вручено 40 подарункових наборів.<BR><BR>
<A HREF="news.html">Архів новин...</A></FONT>
</TD>
<TD VALIGN=TOP>
<CENTER><FONT SIZE=4 COLOR="#000080"><B>ЗВІТ<BR>територіального центру соціального обслуговування (надання соціальних послуг) Мельнице-Подільської селищної ради за 2024 рік</B></FONT></CENTER>
<P><FONT SIZE=2><I>Додано: 14.02.2025</I></FONT></P>
<P>&nbsp;&nbsp;&nbsp;Територіальний центр працює з 2003 року. Наша адреса: 48730, смт Мельниця-Подільська, вул. Незалежності, 87, тел. (03541) 0-21-36. Обслуговуємо жителів 14 сіл громади.</P>
<P>&nbsp;&nbsp;&nbsp;Основні показники роботи за 2024 рік у порівнянні з 2023 роком наведено в таблиці.</P>
<CENTER>
<TABLE BORDER=1 CELLSPACING=0 CELLPADDING=3>
<TR BGCOLOR="#C0C0C0"><TD><B>N п/п</B></TD><TD><B>Показник</B></TD><TD><B>2023 р.</B></TD><TD><B>2024 р.</B></TD></TR>
<TR><TD>1</TD><TD>Обслуговано громадян, всього</TD><TD>498</TD><TD>517</TD></TR>
<TR><TD>2</TD><TD>в т.ч. відділенням соцдопомоги вдома</TD><TD>186</TD><TD>192</TD></TR>
<TR><TD>3</TD><TD>відділенням денного перебування</TD><TD>97</TD><TD>104</TD></TR>
<TR><TD>4</TD><TD>відділенням натуральної допомоги</TD><TD>215</TD><TD>232</TD></TR>
<TR><TD>5</TD><TD>Надано соціальних послуг</TD><TD>21340</TD><TD>22915</TD></TR>
<TR><TD>6</TD><TD>Взято на обслуговування</TD><TD>61</TD><TD>58</TD></TR>
<TR><TD>7</TD><TD>Знято з обслуговування</TD><TD>49</TD><TD>52</TD></TR>
</TABLE>
</CENTER>
<P>&nbsp;&nbsp;&nbsp;Протягом 2024 року соціальними робітниками обслуговувались 192 одинокі громадяни похилого віку та особи з інвалідністю. Середній вік підопічних - 78 років, найстаршій підопічній у грудні виповнилось 97.</P>
<P>&nbsp;&nbsp;&nbsp;Відділенням денного перебування проведено 44 заходи (концерти, екскурсії, майстер-класи "Золоті руки"), в яких взяли участь 690 чоловік.</P>
<P>&nbsp;&nbsp;&nbsp;Натуральну допомогу (продуктові набори, одяг, взуття, дрова) отримали 232 особи на суму 264,8 тис.грн. Через пункт прокату видано 31 засіб реабілітації.</P>
<P>&nbsp;&nbsp;&nbsp;Платні послуги надано 41 особі, від платних послуг надійшло 58,3 тис.грн. Послугою "соціальне таксі" скористались 27 осіб.</P>
<P>&nbsp;&nbsp;&nbsp;В листопаді проведено анкетування, в якому взяли участь 60 підопічних; 95 % з них задоволені обслуговуванням. Скарг не було.</P>
<P>&nbsp;&nbsp;&nbsp;У теруцентрі працює 38 працівників, в тому числі 24 соціальних робітники. Видатки на утримання теруцентру за рік склали 6 912,4 тис.грн.</P>
<P>&nbsp;&nbsp;&nbsp;У 2025 році плануємо відкрити відділення денного перебування в с. Устечко на 15 місць.</P>
</TD>
</TR>
</TABLE>
<HR SIZE=1>
<CENTER><FONT SIZE=1>Ви 004518-й відвідувач з 12.03.2003<BR>
Оновлено: 17.02.2025<BR>
Webmaster: <A HREF="mailto:webmaster@melnytsia-rada.example.ua">webmaster@melnytsia-rada.example.ua</A><BR>
Найкраще переглядати в Internet Explorer 5.0 і вище при розширенні 800x600</FONT></CENTER>
</BODY>
</HTML>
"""

write_text(report_path(DOC), HTML, encoding="koi8_u", newline="\r\n")

g = Gold(DOC, {
    "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Мельнице-Подільської селищної ради",
    "centre_type": "tcso", "settlement": "Мельниця-Подільська", "oblast": "Тернопільська",
    "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31",
    "published": "2025-02-14"},
    {"centre": ["Територіальний центр соціального обслуговування Мельнице-Подільської селищної ради"],
     "published": ["2025-02-17"]})
F = g.f
R = {1: "1\tОбслуговано громадян, всього\t498\t517", 2: "2\tв т.ч. відділенням соцдопомоги вдома\t186\t192",
     3: "3\tвідділенням денного перебування\t97\t104", 4: "4\tвідділенням натуральної допомоги\t215\t232",
     5: "5\tНадано соціальних послуг\t21340\t22915", 6: "6\tВзято на обслуговування\t61\t58",
     7: "7\tЗнято з обслуговування\t49\t52"}
G = "served_517_by_department"
t1 = F("served", "persons", 517, R[1], label="Обслуговано громадян, всього")
t2 = F("served", "persons", 192, R[2], district="відділення соціальної допомоги вдома", service="home_care", group=G, parent=t1)
t3 = F("served", "persons", 104, R[3], district="відділення денного перебування", service="day_care", group=G, parent=t1)
t4 = F("served", "persons", 232, R[4], district="відділення натуральної допомоги", service="natural_aid", group=G, parent=t1)
t5 = F("services_provided", "services", 22915, R[5])
t6 = F("served", "persons", 58, R[6], label="взято на обслуговування", alt=["registered_new", "support_started"])
t7 = F("deregistered", "persons", 52, R[7], label="знято з обслуговування")
h = F("served", "persons", 192, "соціальними робітниками обслуговувались 192 одинокі громадяни", service="home_care")
ev = F("events", "events", 44, "Відділенням денного перебування проведено 44 заходи")
ep = F("event_participants", "persons", 690, "в яких взяли участь 690 чоловік", parent=ev)
n = F("served", "persons", 232, "отримали 232 особи на суму 264,8 тис.грн", service="natural_aid")
nv = F("aid_value", "uah", 264800, "на суму 264,8 тис.грн", service="natural_aid", parent=n)
pd = F("served", "persons", 41, "Платні послуги надано 41 особі", label="платні послуги")
pr = F("budget_received", "uah", 58300, "від платних послуг надійшло 58,3 тис.грн", label="платні послуги")
tx = F("served", "persons", 27, "Послугою \"соціальне таксі\" скористались 27 осіб", service="social_taxi")
sv = F("survey_respondents", "persons", 60, "в якому взяли участь 60 підопічних", unit_alt="recipients")
sat = F("satisfaction", "percent", 95, "95 % з них задоволені обслуговуванням", alt=["share"])
cp = F("complaints", "complaints", 0, "Скарг не було.")
sa = F("staff_actual", "staff", 38, "У теруцентрі працює 38 працівників")
sa1 = F("staff_actual", "staff", 24, "в тому числі 24 соціальних робітники", label="соціальні робітники", parent=sa)
bs = F("budget_spent", "uah", 6912400, "Видатки на утримання теруцентру за рік склали 6 912,4 тис.грн")

g.slip("parts_sum", "error", R[2], 528, 517, [t1, t2, t3, t4],
       "the 2024 column's «в т.ч.» rows by department sum to 192 + 104 + 232 = 528, but «Обслуговано громадян, всього» says 517 (11 extra); the 2023 column adds up (186 + 97 + 215 = 498)",
       f"{t2} + {t3} + {t4} == {t1}")
g.check("table_arithmetic", R[1], "2023 column (skipped literals): 186 + 97 + 215 = 498", "186 + 97 + 215 == 498")
g.check("internal_conflict", "соціальними робітниками обслуговувались 192 одинокі громадяни", "table row 2 = prose 192; row 4 = prose 232", f"{t2} == {h} and {t4} == {n}")
g.check("percent_impossible", "95 % з них задоволені обслуговуванням", "57 of 60 = 95 %", f"grim_ok({sat}, {sv}, 0)")
g.check("parts_sum", "в тому числі 24 соціальних робітники", "24 <= 38", f"{sa1} <= {sa}")

g.skip("20.01.2025", [20, 1, 2025], "news date")
g.skip("Сесія селищної ради затвердила бюджет громади на 2025 рік - 142,6 млн грн.", [2025, 142600000], "news: hromada budget 2025")
g.skip("Прийом громадян у ЦНАП: каб. 5, тел. (03541) 0-21-44.", [14, 1, 2025, 5, 3541, 2144], "news: date, room, phone")
g.skip("До Міжнародного дня людей з інвалідністю вручено 40 подарункових наборів.", [3, 12, 2024, 40], "news: date, gift sets")
g.skip("Додано: 14.02.2025", [14, 2, 2025], "publication date")
g.skip("Територіальний центр працює з 2003 року", [2003], "year")
g.skip("48730, смт Мельниця-Подільська, вул. Незалежності, 87, тел. (03541) 0-21-36", [48730, 87, 3541, 2136], "postcode, address, phone")
g.skip("Обслуговуємо жителів 14 сіл громади", [14], "settlement count")
g.skip("N п/п\tПоказник\t2023 р.\t2024 р.", [2023, 2024, 1, 2, 3, 4, 5, 6, 7], "column years, row numbers")
g.skip(R[1], [498, 186, 97, 215, 21340, 61, 49], "the 2023 column of rows 1–7 (prior-year figures)")
g.skip("Середній вік підопічних - 78 років, найстаршій підопічній у грудні виповнилось 97", [78, 97], "ages")
g.skip("Через пункт прокату видано 31 засіб реабілітації", [31], "items lent")
g.skip("У 2025 році плануємо відкрити відділення денного перебування в с. Устечко на 15 місць", [2025, 15], "plan, places")
g.skip("Ви 004518-й відвідувач з 12.03.2003", [4518, 12, 3, 2003], "visitor counter")
g.skip("Оновлено: 17.02.2025", [17, 2, 2025], "update date")
g.skip("Internet Explorer 5.0 і вище при розширенні 800x600", [5.0, 800, 600], "browser note")
g.note("KOI8-U bytes, CRLF, no charset declared anywhere (no meta, no XML prolog); KOI8-U has no «», № or dashes, so the page uses \"\", N and -")
g.note("the page is a layout table: a «Новини» column next to the article; the reader prints both, so the news numbers are skipped")
g.note("in the figures table only the 2024 column is facts, quoted by row; the 2023 column is skipped; rows 2–4 are a «в т.ч.» partition of row 1")
g.note("«Взято на обслуговування» → served (alt registered_new, support_started); «Знято з обслуговування» → deregistered")
g.note("published: «Додано: 14.02.2025» at the article; the footer «Оновлено: 17.02.2025» is an accepted alternative")
g.write()
