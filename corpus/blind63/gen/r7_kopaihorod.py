"""b63_07: ТЦСО Копайгородської селищної ради (Вінницька), information for Q3 2024 on an OLD-FASHIONED
village-council site: nested tables with width/bgcolor, <font face size>, <center>, <br><br>, &nbsp;, spacer GIF,
visitor counter, marquee; windows-1251 bytes and NO charset declared."""
from common import Gold, report_path, write_text

NAME = "b63_07_kopaihorod_tcso_q3_2024.html"

SP = '<img src="/img/spacer.gif" width="1" height="8" border="0" alt="">'
HTML = """<html>
<head>
<title>Копайгородська селищна рада - Територіальний центр</title>
<meta http-equiv="Content-Type" content="text/html">
<meta name="keywords" content="Копайгород, селищна рада, терцентр, соціальні послуги">
</head>
<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0" marginwidth="0" marginheight="0" link="#003399" vlink="#663399">
<table width="780" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td bgcolor="#336699" height="90" colspan="3">
  <table width="100%" border="0" cellpadding="6"><tr>
  <td width="90"><img src="/img/gerb.gif" width="70" height="80" alt="герб"></td>
  <td><font face="Arial" size="5" color="#FFFFFF"><b>КОПАЙГОРОДСЬКА СЕЛИЩНА РАДА</b></font><br>
  <font face="Arial" size="2" color="#FFFFCC">Офіційний сайт&nbsp;&nbsp;|&nbsp;&nbsp;Вінницька область</font></td>
  </tr></table>
</td></tr>
<tr><td colspan="3" bgcolor="#FFFFCC"><font face="Arial" size="2" color="#CC0000"><marquee scrollamount="3">Увага! З 01.10.2024 відділення денного перебування працює з 9.00 до 15.00. Довідки за тел. (04341) 0-53-27</marquee></font></td></tr>
<tr>
<td width="170" valign="top" bgcolor="#E6EEF7">
  <table width="100%" border="0" cellpadding="4" cellspacing="0">
  <tr><td><font face="Arial" size="2"><b>МЕНЮ</b><br><br>
  &raquo;&nbsp;<a href="index.htm">Головна</a><br>
  &raquo;&nbsp;<a href="rada.htm">Селищна рада</a><br>
  &raquo;&nbsp;<a href="vykonkom.htm">Виконком</a><br>
  &raquo;&nbsp;<a href="tercentr.htm">Терцентр</a><br>
  &raquo;&nbsp;<a href="foto.htm">Фотогалерея</a><br>
  &raquo;&nbsp;<a href="guest.htm">Гостьова книга</a></font></td></tr>
  <tr><td>SPACER</td></tr>
  <tr><td bgcolor="#CCDDEE"><font face="Arial" size="2"><b>НОВИНИ</b></font></td></tr>
  <tr><td><font face="Arial" size="1">02.10.2024<br>Привітали жительку Копайгорода зі 100-річчям!<br><br>27.09.2024<br>Сесія № 48 селищної ради</font></td></tr>
  <tr><td>SPACER</td></tr>
  <tr><td><center><img src="/cgi-bin/count.cgi?id=kopai" width="88" height="31" alt=""><br>
  <font face="Arial" size="1">Вы посетитель №&nbsp;004871<br>Сегодня: 12</font></center></td></tr>
  </table>
</td>
<td width="10">SPACER</td>
<td width="600" valign="top">
<br>
<center><font face="Arial" size="3" color="#003366"><b>ІНФОРМАЦІЯ<br>про роботу територіального центру соціального обслуговування (надання соціальних послуг) Копайгородської селищної ради за ІІІ квартал 2024 року</b></font></center>
<br><br>
<font face="Arial" size="2">
&nbsp;&nbsp;&nbsp;&nbsp;За липень - вересень 2024 року терцентром обслуговано 286 осіб, а саме:<br>
&nbsp;&nbsp;- вдома - 97 осіб (з них 14 - внутрішньо переміщені особи, 16,5 %);<br>
&nbsp;&nbsp;- у відділенні денного перебування - 58 осіб;<br>
&nbsp;&nbsp;- адресну натуральну допомогу отримала 131 особа.<br>
<br><br>
&nbsp;&nbsp;&nbsp;&nbsp;Серед обслуговуваних вдома одиноких - 63 особи, ветеранів війни - 9 осіб. (У ІІ кварталі терцентр обслуговував 279 осіб.)<br>
<br><br>
&nbsp;&nbsp;&nbsp;&nbsp;Всього за квартал надано 9 874 соціальні послуги, в т.ч.: соціально-побутових - 6 102, соціально-медичних - 2 315, психологічних - 841, інформаційних - 616. Взято на обслуговування 21 особу, знято з обслуговування 16 осіб (померло - 12, вибули до інших громад - 4).<br>
<br><br>
&nbsp;&nbsp;&nbsp;&nbsp;Натуральна допомога: видано 450 кг борошна та 92 продуктові набори на суму 61,3 тис.грн. Послугами перукаря скористалися 73 особи (вартість стрижки - 60 грн.). На платній основі обслуговується 18 осіб, до спецфонду надійшло 24,9 тис.грн.<br>
<br><br>
&nbsp;&nbsp;&nbsp;&nbsp;У відділенні денного перебування проведено 4 культурно-масові заходи, в яких взяли участь 112 осіб.<br>
<br><br>
&nbsp;&nbsp;&nbsp;&nbsp;В вересні анкетовано 40 підопічних. Обслуговуванням задоволені 92,5 % опитаних. Скарг не було.<br>
<br><br>
&nbsp;&nbsp;&nbsp;&nbsp;У IV кварталі планується взяти на обслуговування ще 10 осіб з черги та провести 1 жовтня захід до Дня людей похилого віку для 60 учасників.<br>
<br><br>
&nbsp;&nbsp;&nbsp;&nbsp;Кадри: при штатній чисельності 29 ставок працює 24 соціальних робітника та 3 працівники апарату.<br>
<br><br>
<div align="right"><i>Терцентр, 07.10.2024</i></div>
</font>
<br>
<center><font face="Arial" size="1">[ <a href="tercentr.htm">Назад</a> ]&nbsp;&nbsp;[ <a href="index.htm">На головну</a> ]</font></center>
</td>
</tr>
<tr><td colspan="3" bgcolor="#336699" height="30"><center><font face="Arial" size="1" color="#FFFFFF">&copy; 2009-2024 Копайгородська селищна рада. 23050, смт Копайгород, вул. Центральна, 3. Оновлено: 07.10.2024<br>Сайт найкраще переглядати в Internet Explorer 6.0 при розширенні 800x600</font></center></td></tr>
</table>
</body>
</html>
""".replace("SPACER", SP)
write_text(report_path(NAME), HTML, encoding="cp1251")

g = Gold(NAME, {
    "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Копайгородської селищної ради",
    "centre_type": "tcso", "settlement": "Копайгород", "oblast": "Вінницька", "report_kind": "period_report",
    "period_start": "2024-07-01", "period_end": "2024-09-30"})
f = g.f
tot = f("served", "persons", 286, "терцентром обслуговано 286 осіб")
hc = f("served", "persons", 97, "- вдома - 97 осіб", service="home_care", group="served_286", parent=tot)
idp = f("served", "persons", 14, "з них 14 - внутрішньо переміщені особи, 16,5 %", percent=16.5, service="home_care",
        category="внутрішньо переміщені особи", parent=hc)
dc = f("served", "persons", 58, "у відділенні денного перебування - 58 осіб", service="day_care", group="served_286",
       parent=tot)
na = f("served", "persons", 131, "адресну натуральну допомогу отримала 131 особа", service="natural_aid",
       group="served_286", parent=tot)
lo = f("served", "persons", 63, "одиноких - 63 особи", service="home_care", category="одинокі", parent=hc)
vt = f("served", "persons", 9, "ветеранів війни - 9 осіб", service="home_care", category="ветерани війни", parent=hc)
sv = f("services_provided", "services", 9874, "Всього за квартал надано 9 874 соціальні послуги")
LEG = [("legacy_household", "соціально-побутових - 6 102", 6102), ("legacy_sociomedical", "соціально-медичних - 2 315", 2315),
       ("legacy_psychological", "психологічних - 841", 841), ("legacy_information", "інформаційних - 616", 616)]
lg = [f("services_provided", "services", v, q, service=sid, group="services_9874", parent=sv) for sid, q, v in LEG]
nw = f("served", "persons", 21, "Взято на обслуговування 21 особу", alt=["registered_new", "support_started"],
       label="взято на обслуговування")
de = f("deregistered", "persons", 16, "знято з обслуговування 16 осіб")
d1 = f("deregistered", "persons", 12, "померло - 12", label="смерть", group="deregistered_16", parent=de)
d2 = f("deregistered", "persons", 4, "вибули до інших громад - 4", label="вибуття до інших громад",
       group="deregistered_16", parent=de)
av = f("aid_value", "uah", 61300, "на суму 61,3 тис.грн", service="natural_aid")
hr = f("served", "persons", 73, "Послугами перукаря скористалися 73 особи", label="послуги перукаря")
pd = f("served", "persons", 18, "На платній основі обслуговується 18 осіб", label="на платній основі")
br = f("budget_received", "uah", 24900, "до спецфонду надійшло 24,9 тис.грн", label="спеціальний фонд, платні послуги")
ev = f("events", "events", 4, "проведено 4 культурно-масові заходи", service="day_care")
ep = f("event_participants", "persons", 112, "в яких взяли участь 112 осіб", parent=ev)
sr = f("survey_respondents", "persons", 40, "анкетовано 40 підопічних", unit_alt="recipients")
sat = f("satisfaction", "percent", 92.5, "Обслуговуванням задоволені 92,5 % опитаних", alt=["share"])
cp = f("complaints", "complaints", 0, "Скарг не було.")
sp = f("staff_positions", "positions", 29, "при штатній чисельності 29 ставок")
s1 = f("staff_actual", "staff", 24, "працює 24 соціальних робітника", label="соціальні робітники")
s2 = f("staff_actual", "staff", 3, "3 працівники апарату", label="працівники апарату")
g.slip("percent_mismatch", "error", "з них 14 - внутрішньо переміщені особи, 16,5 %", 16.5, 14.4, [idp, hc],
       "14 of the 97 home-care recipients is 14,4 %, not 16,5 % (16,5 % of 97 would be 16)",
       f"pct_ok(p{idp[1:]}, {idp}, {hc}, 1)")
g.check("parts_sum", "терцентром обслуговано 286 осіб, а саме", "97 + 58 + 131 = 286", f"{hc} + {dc} + {na} == {tot}")
g.check("parts_sum", "надано 9 874 соціальні послуги, в т.ч.", "6 102 + 2 315 + 841 + 616 = 9 874",
        " + ".join(lg) + f" == {sv}")
g.check("parts_sum", "знято з обслуговування 16 осіб", "12 + 4 = 16", f"{d1} + {d2} == {de}")
g.check("parts_sum", "Серед обслуговуваних вдома одиноких - 63 особи", "63 and 9 ≤ 97", f"{lo} <= {hc} and {vt} <= {hc}")
g.check("percent_impossible", "Обслуговуванням задоволені 92,5 % опитаних", "37 of 40 = 92,5 %", f"grim_ok({sat}, {sr}, 1)")
g.check("parts_sum", "при штатній чисельності 29 ставок", "24 + 3 = 27 ≤ 29", f"{s1} + {s2} <= {sp}")
g.skip("Увага! З 01.10.2024 відділення денного перебування працює з 9.00 до 15.00. Довідки за тел. (04341) 0-53-27",
       [1, 10, 2024, 9, 15, 4341, 5327], "marquee: date, opening hours, phone")
g.skip("02.10.2024\nПривітали жительку Копайгорода зі 100-річчям!", [2, 10, 2024, 100], "sidebar news: date, age")
g.skip("27.09.2024\nСесія № 48 селищної ради", [27, 9, 2024, 48], "sidebar news: date, session number")
g.skip("Вы посетитель № 004871\nСегодня: 12", [4871, 12], "visitor counter")
g.skip("Копайгородської селищної ради за ІІІ квартал 2024 року", [2024], "period in the title")
g.skip("За липень - вересень 2024 року", [2024], "period")
g.skip("(У ІІ кварталі терцентр обслуговував 279 осіб.)", [279], "previous quarter's figure")
g.skip("видано 450 кг борошна та 92 продуктові набори", [450, 92], "items handed out (kg, food sets)")
g.skip("(вартість стрижки - 60 грн.)", [60], "tariff")
g.skip("У IV кварталі планується взяти на обслуговування ще 10 осіб з черги та провести 1 жовтня захід до Дня людей похилого віку для 60 учасників",
       [10, 1, 60], "plan for the next quarter")
g.skip("Терцентр, 07.10.2024", [7, 10, 2024], "signature date")
g.skip("© 2009-2024 Копайгородська селищна рада. 23050, смт Копайгород, вул. Центральна, 3. Оновлено: 07.10.2024",
       [2009, 2024, 23050, 3, 7, 10, 2024], "footer: years, postcode, address, update date")
g.skip("Internet Explorer 6.0 при розширенні 800x600", [6.0, 800, 600], "browser version, screen size")
g.note("old-fashioned page: no charset is declared; the bytes are windows-1251. Menu links are not in the read text; "
       "the marquee, the news column, the visitor counter and the footer are, and all their numbers are skipped")
g.note("the departments are given as «вдома / у відділенні денного перебування / адресну натуральну допомогу» → served "
       "with service and one group; «одиноких», «ветеранів війни» overlap → parent only")
g.note("old classification of services (соціально-побутові, соціально-медичні, психологічні, інформаційні) → legacy_* "
       "service ids, a partition of the 9 874")
g.note("no published date in meta: «Терцентр, 07.10.2024» is the signature date and «Оновлено: 07.10.2024» the site's "
       "update date; the page states no publication date")
g.note("staff: 24 social workers and 3 office staff are two staff_actual facts (no total is written)")
g.write()
