// The page's one stylesheet: readable on a desktop screen, and on A4 when printed (the
// wheel on a page of its own, folded trees opened, no row cut in half).

enum ReportStyle {
    static let css = """
        :root{--ink:#1d232a;--muted:#5b6670;--line:#d5dbe1;--bg:#fff;--soft:#f4f6f8;--red:#c62828;--yellow:#a86b00;--green:#2e7d32;--blue:#1565c0}
        *{box-sizing:border-box}
        body{margin:0 auto;max-width:1180px;padding:24px 32px 64px;font:15px/1.5 system-ui,"Segoe UI",Helvetica,Arial,sans-serif;color:var(--ink);background:var(--bg)}
        h1{font-size:30px;margin:0 0 4px}h2{font-size:22px;margin:40px 0 8px;border-bottom:2px solid var(--line);padding-bottom:4px}
        h3{font-size:17px;margin:24px 0 6px}h4{font-size:15px;margin:16px 0 4px;color:var(--muted)}
        .kicker{margin:0;text-transform:uppercase;letter-spacing:.08em;font-size:12px;color:var(--muted)}
        .meta,.muted,.intro{color:var(--muted)}.intro{max-width:75ch}
        header nav ol{display:flex;flex-wrap:wrap;gap:6px 18px;list-style:none;padding:0;margin:12px 0 0}
        header nav a{color:var(--blue);text-decoration:none}
        details.files summary{cursor:pointer;color:var(--muted);font-size:13px}details.files ul{font:12px/1.4 ui-monospace,monospace;columns:2}
        .banner{margin-top:20px;padding:14px 20px;border-radius:8px;border-left:8px solid}
        .banner h2{border:0;margin:0;padding:0;font-size:20px}.banner .summary{font-size:17px;margin:4px 0 8px;font-weight:600}
        .banner.green{background:#e8f5e9;border-color:var(--green)}.banner.yellow{background:#fff8e1;border-color:#f9a825}.banner.red{background:#fdecea;border-color:var(--red)}
        table{border-collapse:collapse;width:100%;margin:8px 0}th,td{text-align:left;padding:5px 8px;border-bottom:1px solid var(--line);vertical-align:top}
        thead th{font-size:13px;color:var(--muted);font-weight:600}caption{text-align:left;font-weight:600;padding:4px 0}
        table.counts{width:auto;min-width:50%}td.n{text-align:right;font-variant-numeric:tabular-nums}
        td.error{color:var(--red);font-weight:700}td.warning{color:var(--yellow);font-weight:700}
        .wheelbox{max-width:860px;margin:0 auto}.wheelbox svg{width:100%;height:auto;display:block}
        ul.outside{font-size:14px;max-width:90ch}
        .tree{border:1px solid var(--line);border-radius:8px;margin:8px 0;padding:6px 12px;background:#fff}
        .tree>summary{cursor:pointer;padding:4px 0;font-size:16px}.tree ul{list-style:none;margin:0;padding-left:22px;border-left:2px solid var(--line)}
        .tree>ul{padding-left:4px;border:0}.tree li{margin:5px 0}
        .tree .id{font-weight:700;font-family:ui-monospace,monospace;font-size:13px;padding:1px 5px;border-radius:4px;background:var(--soft)}
        .goal.political>.id{background:#dbe9f6}.goal.board>.id{background:#e6ddf4}.goal.areagoal>.id{background:#dcefd9}.goal.local>.id{background:#fdf2cc}
        .course>.id{background:#eeeeee;border:1px dashed #9aa3ab}
        .owner,.follows{color:var(--muted);font-size:13px}.owner::before{content:"· "}
        .people{font-size:12px;color:var(--muted);margin-left:26px}
        .pill{font-size:12px;background:#fdecea;color:var(--red);border-radius:10px;padding:1px 8px}
        a.rule{font:700 12px ui-monospace,monospace;padding:1px 5px;border-radius:4px;text-decoration:none}
        a.rule.bad{background:var(--red);color:#fff}a.rule.warn{background:#fff3cd;color:#7a5400;border:1px solid #e0b84d}
        .subhead{font-weight:600;margin:10px 0 2px}
        .bar{display:inline-block;width:90px;height:10px;background:#e3e7eb;border-radius:5px;vertical-align:middle;overflow:hidden}
        .bar>span{display:block;height:100%;background:var(--blue)}
        table.coverage td{white-space:nowrap}table.coverage td .muted{display:block;margin-left:96px}.share{display:inline-block;min-width:3.6em;text-align:right;font-weight:600;font-variant-numeric:tabular-nums}
        table.coverage td .muted{font-size:12px}tr.arearow th,tr.arearow td{background:var(--soft);font-weight:600}
        table.coverage th[scope=row]{min-width:240px}th.depth2{padding-left:24px}th.depth3{padding-left:40px}th .id{font-family:ui-monospace,monospace;font-size:13px}
        tr.late td.date{color:var(--red);font-weight:600;white-space:nowrap}
        ol.findings{list-style:none;padding:0}li.finding{border:1px solid var(--line);border-left:6px solid var(--line);border-radius:6px;padding:8px 14px;margin:8px 0}
        li.finding.error{border-left-color:var(--red)}li.finding.warning{border-left-color:#f9a825}li.finding.info{border-left-color:var(--blue)}
        li.finding p{margin:2px 0}.finding .level{font-weight:700;text-transform:uppercase;font-size:12px;letter-spacing:.05em}
        li.finding.error .level{color:var(--red)}li.finding.warning .level{color:var(--yellow)}
        li.finding.compact{padding:3px 14px;line-height:1.35;margin:2px 0 2px 24px;border-left-width:3px;font-size:14px}
        li.finding.compact .message{font-weight:400}li.finding.compact code.fix{background:#e8f5e9;padding:0 5px;border-radius:4px;font-size:12px}
        a.code{font:700 13px ui-monospace,monospace;color:var(--blue)}.message{font-weight:600}
        .where{font:12px ui-monospace,monospace;color:var(--muted)}li.compact .where{white-space:nowrap}
        blockquote{margin:6px 0;padding:4px 12px;border-left:3px solid var(--line);color:#37424d;font-style:italic}
        .label{font-style:normal;font-weight:700;font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);margin-right:4px}
        .fix code{background:#e8f5e9;padding:1px 6px;border-radius:4px;font-size:13px;white-space:pre-wrap}
        .summarised{color:var(--muted);font-style:italic}.ok{color:var(--green);font-weight:600}
        dl.rules dt{font:700 14px ui-monospace,monospace;margin-top:12px}dl.rules dd{margin:2px 0 0 0}dl.rules dd p{margin:2px 0}
        @media print{
          @page{size:A4;margin:14mm 12mm}
          body{max-width:none;padding:0;font-size:10.5pt}
          header nav,details.files{display:none}
          h2{break-after:avoid;margin-top:18pt}h3,h4{break-after:avoid}
          .wheelbox{break-inside:avoid;max-width:165mm}details>summary{break-after:avoid}
          details::details-content{content-visibility:visible;display:block}
          .tree{break-inside:auto;border:0;padding:0}.tree>summary{list-style:none;font-weight:700}
          tr,li.finding,.tree li{break-inside:avoid}thead{display:table-header-group}
          a{color:inherit;text-decoration:none}
          .banner,.bar>span,tr.arearow th,tr.arearow td,a.rule,.tree .id{-webkit-print-color-adjust:exact;print-color-adjust:exact}
        }

        """
}
