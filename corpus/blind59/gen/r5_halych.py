"""b59_05: КУ «ЦНСП» Галицької міської ради (Івано-Франківська), information for H1 2024, as a page
SAVED FROM THE WAYBACK MACHINE (web.archive.org): the archive's scripts and styles, the hidden
toolbar (logo, URL box, capture calendar, «Saved 14 times between …», «About this capture»), every
link rewritten to /web/20240814093512/https://…, the council site's own menus around the article, and
the archive's trailing comment. UTF-8 as the archive serves it. Third person.
Planted slip: percent_mismatch — «7 сімей ВПО (38,6 %)» of the 19 families under support is 36,8 %."""
from common import Gold, report_path, write_text

DOC = "b59_05_halych_cnsp_wayback_h1_2024.html"
TS = "20240814093512"
SITE = "https://halych-rada.gov.ua"


def W(path, ts=TS, mod=""):
    return f"/web/{ts}{mod}/{SITE}{path}"


TABLE = [
    ("Догляд вдома", "118", "4", "home_care"),
    ("Денний догляд", "26", "2", "day_care"),
    ("Консультування", "203", "61", "counselling"),
    ("Соціальна адаптація", "41", "17", "social_adaptation"),
    ("Натуральна допомога", "72", "38", "natural_aid"),
    ("Соціальне таксі", "37", "3", "social_taxi"),
]
rows_html = "\n".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c, _ in TABLE)

ARTICLE = f"""<h1 class="entry-title">Про роботу Центру надання соціальних послуг у І півріччі 2024 року</h1>
<div class="entry-meta"><span class="date">12.07.2024</span> | <span class="cat"><a href="{W('/category/socialnyj-zahyst/')}">Соціальний захист</a></span> | <span class="views">Переглядів: 87</span></div>
<div class="entry-content">
<p>Комунальна установа «Центр надання соціальних послуг» Галицької міської ради у I півріччі 2024 року продовжувала надавати послуги мешканцям 33 населених пунктів громади.</p>
<p>За звітний період до Центру звернулися 538 осіб (у I півріччі 2023 року – 476). Оцінку індивідуальних потреб проведено 164 особам.</p>
<p>Соціальні послуги отримали 497 осіб, з них внутрішньо переміщених осіб – 125 (25,2 %). Розподіл отримувачів за послугами:</p>
<table class="tbl">
<tr><th>Послуга</th><th>Отримувачів, осіб</th><th>з них ВПО</th></tr>
{rows_html}
<tr><td><b>Усього</b></td><td><b>497</b></td><td><b>125</b></td></tr>
</table>
<p>У відділенні догляду вдома 14 соціальних робітників обслуговують мешканців 21 села. Протягом півріччя на обслуговування взято 21 особу, знято з обслуговування 17 осіб (з них 11 – у зв'язку зі смертю, 6 – за іншими причинами).</p>
<p>Під соціальним супроводом перебувало 19 сімей, з них 7 сімей ВПО (38,6 %). Упродовж півріччя під супровід взято 5 сімей.</p>
<p>Отримувачам натуральної допомоги видано 1 430 продуктових наборів на загальну суму 372,6 тис. грн, отриманих від благодійних фондів.</p>
<p>Мобільна бригада соціально-психологічної допомоги здійснила 46 виїздів до старостинських округів та надала допомогу 128 особам.</p>
<p>До Дня захисту дітей та Дня Конституції проведено 6 заходів, участь у яких взяли 240 осіб.</p>
<p>У червні 2024 року фахівці Центру опитали 64 отримувачів послуги догляду вдома; 92,2 % опитаних оцінили якість послуги як високу, решта – як задовільну.</p>
<p>Касові видатки Центру за півріччя становили 6 184,3 тис. грн (48,7 % річних призначень), з них на оплату праці з нарахуваннями – 5 402,8 тис. грн.</p>
<p>У ІІ півріччі 2024 року Центр планує відкрити відділення денного догляду для 15 дітей з інвалідністю.</p>
<p>Штатний розпис Центру – 38 посад, фактично працює 35 працівників. Протягом півріччя надійшла 1 скарга, яку розглянуто у встановлений термін.</p>
<p>Довідки за телефоном (03431) 0-25-14, з 8:30 до 17:00.</p>
</div>"""

page = f"""<!DOCTYPE html>
<html lang="uk-UA"><head><script type="text/javascript" src="https://web-static.archive.org/_static/js/bundle-playback.js?v=t1Bf4PY_" charset="utf-8"></script>
<script type="text/javascript" src="https://web-static.archive.org/_static/js/wombat.js?v=txqj7nKC" charset="utf-8"></script>
<script>window.RufflePlayer=window.RufflePlayer||{{}};window.RufflePlayer.config={{"autoplay":"on","unmuteOverlay":"hidden"}};</script>
<script type="text/javascript" src="https://web-static.archive.org/_static/js/ruffle/ruffle.js"></script>
<script type="text/javascript">
  __wm.init("https://web.archive.org/web");
  __wm.wombat("{SITE}/news/pro-robotu-cnsp-u-i-pivrichchi-2024-roku/","{TS}","https://web.archive.org/","web","https://web-static.archive.org/_static/",
              "1723628112");
</script>
<link rel="stylesheet" type="text/css" href="https://web-static.archive.org/_static/css/banner-styles.css?v=p7PEIJWi" />
<link rel="stylesheet" type="text/css" href="https://web-static.archive.org/_static/css/iconochive.css?v=3PDvdIFv" />
<!-- End Wayback Rewrite JS Include -->
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Про роботу Центру надання соціальних послуг у І півріччі 2024 року – Галицька міська рада</title>
<link rel="stylesheet" id="theme-css" href="{W('/wp-content/themes/hromada/style.css?ver=2.3', mod='cs_')}" type="text/css" media="all">
<script src="{W('/wp-includes/js/jquery/jquery.min.js?ver=3.7.1', mod='js_')}" id="jquery-core-js"></script>
</head>
<body class="post-template-default single single-post">
<!-- BEGIN WAYBACK TOOLBAR INSERT -->
<script>__wm.rw(0);</script>
<div id="wm-ipp-base" lang="en" style="display:none;direction:ltr;">
<div id="wm-ipp" style="position:fixed;left:0;top:0;right:0;">
<div id="donato" style="position:relative;width:100%;"><div id="donato-base"><iframe id="donato-if" src="https://archive.org/includes/donate.php?as_page=1&amp;platform=wb&amp;referer=https%3A//web.archive.org/web/{TS}/{SITE}/news/pro-robotu-cnsp-u-i-pivrichchi-2024-roku/" scrolling="no" frameborder="0" style="width:100%; height:100%"></iframe></div></div>
<div id="wm-ipp-inside">
<div id="wm-logo" style="float:left;width:110px;padding-top:12px;"><a href="/web/" title="Wayback Machine home page"><img src="https://web-static.archive.org/_static/images/toolbar/wayback-toolbar-logo-200.png" srcset="https://web-static.archive.org/_static/images/toolbar/wayback-toolbar-logo-100.png, https://web-static.archive.org/_static/images/toolbar/wayback-toolbar-logo-150.png 1.5x" alt="Wayback Machine" style="width:100px" border="0" /></a></div>
<div class="r" style="float:right;"><div id="wm-btns" style="text-align:right;height:25px;"><span class="xxs"><a href="https://archive.org/account/login.php" title="Sign In">SIGN IN</a></span></div></div>
<div class="c" style="">
<table style="border-collapse:collapse;"><tbody><tr>
<td class="u" colspan="2"><form target="_top" method="get" action="/web/submit" name="wmtb" id="wmtb"><input type="text" name="url" id="wmtbURL" value="{SITE}/news/pro-robotu-cnsp-u-i-pivrichchi-2024-roku/" onfocus="this.focus();this.select();" /><input type="hidden" name="type" value="replay" /><input type="hidden" name="date" value="{TS}" /><input type="submit" value="Go" /></form></td>
<td class="n" rowspan="2" style="width:110px;"><table><tbody>
<tr class="m"><td class="b" nowrap="nowrap"><a href="https://web.archive.org/web/20240723141907/{SITE}/news/pro-robotu-cnsp-u-i-pivrichchi-2024-roku/" title="23 Jul 2024"><strong>JUL</strong></a></td><td class="c" id="displayMonthEl" title="You are here: 09:35:12 Aug 14, 2024">AUG</td><td class="f" nowrap="nowrap"><a href="https://web.archive.org/web/20240918060244/{SITE}/news/pro-robotu-cnsp-u-i-pivrichchi-2024-roku/" title="18 Sep 2024"><strong>SEP</strong></a></td></tr>
<tr class="d"><td class="b" nowrap="nowrap"><a href="https://web.archive.org/web/20240723141907/{SITE}/news/pro-robotu-cnsp-u-i-pivrichchi-2024-roku/" title="14:19:07 Jul 23, 2024"><img src="https://web-static.archive.org/_static/images/toolbar/wm_tb_prv_on.png" alt="Previous capture" width="14" height="16" border="0" /></a></td><td class="c" id="displayDayEl" style="width:34px;font-size:22px;white-space:nowrap;" title="You are here: 09:35:12 Aug 14, 2024">14</td><td class="f" nowrap="nowrap"><a href="https://web.archive.org/web/20240918060244/{SITE}/news/pro-robotu-cnsp-u-i-pivrichchi-2024-roku/" title="06:02:44 Sep 18, 2024"><img src="https://web-static.archive.org/_static/images/toolbar/wm_tb_nxt_on.png" alt="Next capture" width="14" height="16" border="0" /></a></td></tr>
<tr class="y"><td class="b" nowrap="nowrap">2023</td><td class="c" id="displayYearEl" title="You are here: 09:35:12 Aug 14, 2024">2024</td><td class="f" nowrap="nowrap">2025</td></tr>
</tbody></table></td>
</tr><tr>
<td class="s"><div id="wm-nav-captures"><a class="t" href="/web/{TS}*/{SITE}/news/pro-robotu-cnsp-u-i-pivrichchi-2024-roku/" title="See a list of every capture for this URL">14 captures</a><div class="r" title="Timespan for captures of this URL">12 Jul 2024 - 20 Feb 2025</div></div></td>
<td class="k"><a href="" id="wm-graph-anchor"><div id="wm-ipp-sparkline" title="Explore captures for this URL" style="position: relative"><canvas id="wm-sparkline-canvas" width="725" height="27" border="0"></canvas></div></a></td>
</tr></tbody></table>
<div id="wm-capinfo-notice" class="wm-capinfo-content" title="Saved 14 times between July 12, 2024 and February 20, 2025.">Saved 14 times between July 12, 2024 and February 20, 2025.</div>
</div>
<div class="r" style="float:right;"><div id="wm-btns"><a href="#close" onclick="__wm.h(event);return false;" style="visibility:hidden"></a><a id="wm-expand" class="wm-btn" href="#expand" onclick="__wm.ex(event);return false;"><span class="iconochive-down-solid"></span><span class="xxs">About this capture</span></a></div></div>
</div>
<div id="wm-capinfo" style="border-top:1px solid #777;display:none; overflow:hidden">
<div id="wm-capinfo-collected-by"><div style="background-color:#666;color:#fff;font-weight:bold;text-align:center">COLLECTED BY</div><div style="padding:3px;position:relative" id="wm-collected-by-content"><div style="display:inline-block;vertical-align:top;width:50%;"><span class="c-logo" style="background-image:url(https://archive.org/services/img/archiveteam);"></span>Organization: <a style="color:#33f;" href="https://archive.org/details/archiveteam" target="_new"><span class="wm-title">Archive Team</span></a><div style="max-height:75px;overflow:hidden;position:relative;"><div style="position:absolute;top:0;left:0;width:100%;height:75px;background:linear-gradient(to bottom,rgba(255,255,255,0) 0%,rgba(255,255,255,0) 90%,rgba(255,255,255,255) 100%);"></div>Formed in 2009, the Archive Team is a rogue archivist collective dedicated to saving copies of rapidly dying or deleted websites for the sake of history and digital heritage.</div></div><div style="display:inline-block;vertical-align:top;width:49%;"><span class="c-logo" style="background-image:url(https://archive.org/services/img/archiveteam_urls)"></span><div>Collection: <a style="color:#33f;" href="https://archive.org/details/archiveteam_urls" target="_new"><span class="wm-title">URLs</span></a><div>Crawled by Archive Team.</div></div></div></div></div>
<div id="wm-capinfo-timestamps"><div style="background-color:#666;color:#fff;font-weight:bold;text-align:center" title="Timestamps for the elements of this page">TIMESTAMPS</div><div><div id="wm-capresources" style="margin:0 5px 5px 5px;max-height:250px;overflow-y:scroll !important"></div><div id="wm-capresources-loading" style="text-align:left;margin:0 20px 5px 5px;display:none"><img src="https://web-static.archive.org/_static/images/loading.gif" alt="loading" /></div></div></div>
</div></div></div>
<div id="wm-ipp-print">The Wayback Machine - https://web.archive.org/web/{TS}/{SITE}/news/pro-robotu-cnsp-u-i-pivrichchi-2024-roku/</div>
<script type="text/javascript">//<![CDATA[
__wm.bt(725,27,25,2,"web","{SITE}/news/pro-robotu-cnsp-u-i-pivrichchi-2024-roku/","{TS}",1996,"https://web-static.archive.org/_static/",["https://web-static.archive.org/_static/css/banner-styles.css?v=p7PEIJWi","https://web-static.archive.org/_static/css/iconochive.css?v=3PDvdIFv"], false);
  __wm.rw(1);
//]]></script>
<!-- END WAYBACK TOOLBAR INSERT -->
<div id="page" class="site">
<div class="top-line"><div class="container"><a href="{W('/')}">Галицька міська рада</a> | Івано-Франківська область | <a href="tel:+380343100000">(03431) 0-21-05</a> | <a href="{W('/en/')}">EN</a></div></div>
<header id="masthead" class="site-header"><div class="container"><a href="{W('/')}" class="custom-logo-link"><img src="/web/{TS}im_/{SITE}/wp-content/uploads/2021/03/gerb-halych.png" alt="Герб Галича"></a><div class="site-branding"><p class="site-title">ГАЛИЦЬКА МІСЬКА РАДА</p><p class="site-description">Офіційний вебсайт Галицької міської територіальної громади</p></div></div></header>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
<li><a href="{W('/')}">Головна</a></li><li><a href="{W('/hromada/')}">Громада</a></li><li><a href="{W('/miska-rada/')}">Міська рада</a></li><li><a href="{W('/vykonkom/')}">Виконавчий комітет</a></li><li><a href="{W('/category/novyny/')}">Новини</a></li><li><a href="{W('/dostup-do-publichnoi-informatsii/')}">Публічна інформація</a></li><li><a href="{W('/kontakty/')}">Контакти</a></li></ul></nav>
<div class="breadcrumbs container"><a href="{W('/')}">Головна</a> / <a href="{W('/category/novyny/')}">Новини</a> / Про роботу Центру надання соціальних послуг у І півріччі 2024 року</div>
<div id="content" class="site-content container"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-18342" class="post-18342 post type-post status-publish">
{ARTICLE}
</article>
<nav class="navigation post-navigation"><a href="{W('/news/sesiia-miskoi-rady-11-07-2024/')}" rel="prev">Попередній: Сесія міської ради 11.07.2024</a> <a href="{W('/news/hrafik-pryiomu-hromadian/')}" rel="next">Наступний: Графік прийому громадян</a></nav>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Пошук</h2><form role="search" method="get" action="{W('/')}"><input type="search" name="s"></form></section>
<section class="widget"><h2 class="widget-title">Останні новини</h2><ul><li><a href="{W('/news/sesiia-miskoi-rady-11-07-2024/')}">Сесія міської ради 11.07.2024</a></li><li><a href="{W('/news/ogoloshennia-konkurs/')}">Оголошення про конкурс на посаду (3 вакансії)</a></li></ul></section>
<section class="widget"><h2 class="widget-title">Контакти</h2><p>77101, м. Галич, пл. Волі, 1<br>тел. (03431) 0-21-05<br>ЄДРПОУ 04054612</p></section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="container">© 2024 Галицька міська рада. При використанні матеріалів посилання на сайт обов'язкове. <a href="{W('/polityka-konfidentsiinosti/')}">Політика конфіденційності</a></div></footer>
</div>
<script src="{W('/wp-content/themes/hromada/js/navigation.js?ver=2.3', mod='js_')}" id="hromada-navigation-js"></script>
</body></html>
<!--
     FILE ARCHIVED ON 09:35:12 Aug 14, 2024 AND RETRIEVED FROM THE
     INTERNET ARCHIVE ON 10:02:44 Feb 21, 2025.
     JAVASCRIPT APPENDED BY WAYBACK MACHINE, COPYRIGHT INTERNET ARCHIVE.

     ALL OTHER CONTENT MAY ALSO BE PROTECTED BY COPYRIGHT (17 U.S.C.
     SECTION 108(a)(3)).
-->
<!--
playback timings (ms):
  captures_list: 0.611
  exclusion.robots: 0.023
  exclusion.robots.policy: 0.012
  esindex: 0.011
  cdx.remote: 25.447
  LoadShardBlock: 211.703 (3)
  PetaboxLoader3.datanode: 164.112 (4)
  load_resource: 98.331
  PetaboxLoader3.resolve: 71.255
-->
"""
write_text(report_path(DOC), page)

g = Gold(DOC, {
    "centre": "Центр надання соціальних послуг Галицької міської ради", "centre_type": "cnsp",
    "settlement": "Галич", "oblast": "Івано-Франківська", "report_kind": "period_report",
    "period_start": "2024-01-01", "period_end": "2024-06-30", "published": "2024-07-12"},
    meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Галицької міської ради",
                         "КУ «Центр надання соціальних послуг» Галицької міської ради"]})
f_app = g.f("applied", "persons", 538, "За звітний період до Центру звернулися 538 осіб")
f_na = g.f("needs_assessed", "persons", 164, "Оцінку індивідуальних потреб проведено 164 особам.")
f_srv = g.f("served", "persons", 497, "Соціальні послуги отримали 497 осіб")
f_srvi = g.f("served", "persons", 125, "з них внутрішньо переміщених осіб – 125 (25,2 %)",
             category="внутрішньо переміщені особи", percent=25.2, parent=f_srv)
t_all = g.f("served", "persons", 497, "Усього\t497\t125", label="Усього (таблиця)")
t_idp = g.f("served", "persons", 125, "Усього\t497\t125", label="Усього (таблиця), з них ВПО",
            category="внутрішньо переміщені особи", parent=t_all)
ra, ri = [], []
for a, b, c, sid in TABLE:
    q = f"{a}\t{b}\t{c}"
    x = g.f("served", "persons", int(b), q, service=sid, group="table_by_service", parent=t_all)
    ra.append(x)
    ri.append(g.f("served", "persons", int(c), q, service=sid, category="внутрішньо переміщені особи",
                  group="table_idp_by_service", parent=t_idp))
f_hsw = g.f("staff_actual", "staff", 14, "У відділенні догляду вдома 14 соціальних робітників",
            label="соціальні робітники відділення догляду вдома")
f_hn = g.f("served", "persons", 21, "на обслуговування взято 21 особу", service="home_care",
           alt=["registered_new", "support_started"], label="взято на обслуговування", parent=ra[0])
f_ho = g.f("deregistered", "persons", 17, "знято з обслуговування 17 осіб", service="home_care", parent=ra[0])
f_ho1 = g.f("deregistered", "persons", 11, "з них 11 – у зв'язку зі смертю", service="home_care",
            label="у зв'язку зі смертю", group="deregistered_17_by_reason", parent=f_ho)
f_ho2 = g.f("deregistered", "persons", 6, "6 – за іншими причинами", service="home_care",
            label="інші причини", group="deregistered_17_by_reason", parent=f_ho)
f_sup = g.f("served", "families", 19, "Під соціальним супроводом перебувало 19 сімей", service="social_support_sjo",
            alt=["support_ongoing"])
f_supi = g.f("served", "families", 7, "з них 7 сімей ВПО (38,6 %)", service="social_support_sjo",
             category="внутрішньо переміщені особи", percent=38.6, parent=f_sup)
f_st = g.f("support_started", "families", 5, "Упродовж півріччя під супровід взято 5 сімей.",
           service="social_support_sjo", parent=f_sup)
f_av = g.f("aid_value", "uah", 372600, "на загальну суму 372,6 тис. грн", service="natural_aid")
f_mb = g.f("served", "persons", 128, "надала допомогу 128 особам", label="мобільна бригада соціально-психологічної допомоги")
f_ev = g.f("events", "events", 6, "проведено 6 заходів")
f_evp = g.f("event_participants", "persons", 240, "участь у яких взяли 240 осіб.", parent=f_ev)
f_svr = g.f("survey_respondents", "recipients", 64, "опитали 64 отримувачів послуги догляду вдома",
            service="home_care", unit_alt="persons")
f_sat = g.f("satisfaction", "percent", 92.2, "92,2 % опитаних оцінили якість послуги як високу",
            service="home_care", label="оцінили якість як високу", alt=["share"])
f_bs = g.f("budget_spent", "uah", 6184300, "Касові видатки Центру за півріччя становили 6 184,3 тис. грн (48,7 % річних призначень)",
           percent=48.7, label="за півріччя")
f_bs2 = g.f("budget_spent", "uah", 5402800, "з них на оплату праці з нарахуваннями – 5 402,8 тис. грн.",
            label="оплата праці з нарахуваннями", parent=f_bs)
f_pos = g.f("staff_positions", "positions", 38, "Штатний розпис Центру – 38 посад")
f_act = g.f("staff_actual", "staff", 35, "фактично працює 35 працівників.")
f_c = g.f("complaints", "complaints", 1, "Протягом півріччя надійшла 1 скарга")

g.slip("percent_mismatch", "error", "з них 7 сімей ВПО (38,6 %)", 38.6, 36.8, [f_supi, f_sup],
       "7 of the 19 families under support: 7 / 19 = 36,84 % → 36,8, written 38,6 %",
       f"pct_ok(p{f_supi[1:]}, {f_supi}, {f_sup}, 1)")
g.check("percent_mismatch", "з них внутрішньо переміщених осіб – 125 (25,2 %)", "125 / 497 = 25,15 % → 25,2",
        f"pct_ok(p{f_srvi[1:]}, {f_srvi}, {f_srv}, 1)")
g.check("table_arithmetic", "Усього\t497\t125", "118 + 26 + 203 + 41 + 72 + 37 = 497", " + ".join(ra) + f" == {t_all}")
g.check("table_arithmetic", "Усього\t497\t125", "4 + 2 + 61 + 17 + 38 + 3 = 125", " + ".join(ri) + f" == {t_idp}")
g.check("table_arithmetic", "Догляд вдома\t118\t4", "each row's ВПО ≤ its total",
        "all([" + ", ".join(f"{i} <= {a}" for a, i in zip(ra, ri)) + "])")
g.check("internal_conflict", "Соціальні послуги отримали 497 осіб, з них внутрішньо переміщених осіб – 125",
        "prose 497 / 125 = table Усього 497 / 125", f"{f_srv} == {t_all} and {f_srvi} == {t_idp}")
g.check("parts_sum", "За звітний період до Центру звернулися 538 осіб", "164 assessed and 497 served ≤ 538 applied",
        f"{f_na} <= {f_app} and {f_srv} <= {f_app}")
g.check("parts_sum", "Упродовж півріччя під супровід взято 5 сімей.", "5 ≤ 19", f"{f_st} <= {f_sup}")
g.check("parts_sum", "фактично працює 35 працівників.", "35 ≤ 38; 14 social workers ≤ 35", f"{f_hsw} <= {f_act} <= {f_pos}")
g.check("parts_sum", "знято з обслуговування 17 осіб (з них 11 – у зв'язку зі смертю, 6 – за іншими причинами)", "11 + 6 = 17",
        f"{f_ho1} + {f_ho2} == {f_ho}")
g.check("percent_impossible", "92,2 % опитаних оцінили якість послуги як високу", "59 of 64 = 92,19 % → 92,2",
        f"grim_ok({f_sat}, {f_svr}, 1)")
g.check("parts_sum", "з них на оплату праці з нарахуваннями – 5 402,8 тис. грн.", "5 402,8 ≤ 6 184,3", f"{f_bs2} <= {f_bs}")

g.skip("продовжувала надавати послуги мешканцям 33 населених пунктів громади.", [33], "number of settlements")
g.skip("(у I півріччі 2023 року – 476)", [2023, 476], "prior-year figure")
g.skip("Отримувачам натуральної допомоги видано 1 430 продуктових наборів", [1430], "items handed out")
g.skip("Мобільна бригада соціально-психологічної допомоги здійснила 46 виїздів", [46], "trips (no §3 id)")
g.skip("12.07.2024 | Соціальний захист | Переглядів: 87", [12, 7, 2024, 87], "publication date, view counter")
g.skip("обслуговують мешканців 21 села.", [21], "number of villages (the next sentence's 21 persons is a fact)")
g.skip("У червні 2024 року", [2024], "survey month")
g.skip("У ІІ півріччі 2024 року Центр планує відкрити відділення денного догляду для 15 дітей з інвалідністю.", [2, 2024, 15], "plan")
g.skip("Довідки за телефоном (03431) 0-25-14, з 8:30 до 17:00.", [3431, 2514, 8, 30, 17, 0], "phone, office hours")
g.skip("Про роботу Центру надання соціальних послуг у І півріччі 2024 року", [1, 2024], "period in the title")
g.note("the archive's toolbar (hidden div), scripts, capture calendar, «14 captures», «Saved 14 times between …», "
       "timestamps in rewritten links, the site's top line, menu, breadcrumbs, post navigation, sidebar (address, phone, "
       "ЄДРПОУ, «3 вакансії») and footer are not in the text `zvitparse read` prints, so they have no skipped entries. "
       "If a reader prints them, none of their numbers is a fact")
g.note("published 12.07.2024 is the article's own date; the capture date 14.08.2024 is not the publication date")
g.note("the prose total (497, 125 ВПО) and the table's Усього row are separate facts (a figure written twice)")
g.note("«(48,7 % річних призначень)» is the percent of the spent row; the annual allocation is not written, so no check")
g.note("the mobile brigade's 128 persons → served with a label, no service id")
g.write()
