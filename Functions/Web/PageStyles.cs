namespace Reopen.Functions.Web;

/// <summary>The one stylesheet, inline so a page is a single request and prints the same offline.</summary>
internal static class PageStyles
{
    public const string Css = """
        *,*::before,*::after{box-sizing:border-box}
        html{-webkit-text-size-adjust:100%}
        body{margin:0;font-family:system-ui,-apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;font-size:16px;line-height:1.6;color:#1f2328;background:#f6f7f9}
        .site-header{display:flex;justify-content:space-between;align-items:center;gap:1rem;padding:.75rem 1rem;background:#b3261e;color:#fff}
        .site-header a{color:#fff}
        .product{font-weight:600;text-decoration:none}
        .lang-switch-form{margin:0}
        .site-header button.lang-switch{padding:0;border:0;border-radius:0;background:none;color:#fff;text-decoration:underline;cursor:pointer}
        main{max-width:48rem;margin:0 auto;padding:1rem}
        h1{font-size:1.5rem;line-height:1.3;margin:.5rem 0 1rem}
        h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
        a{color:#0b57d0;overflow-wrap:anywhere}
        table{width:100%;border-collapse:collapse;margin:1rem 0;background:#fff}
        th,td{text-align:left;vertical-align:top;padding:.5rem;border-bottom:1px solid #d0d7de}
        th{background:#eef1f4;font-weight:600}
        .card{background:#fff;border:1px solid #d0d7de;border-radius:.5rem;padding:1rem;margin:0 0 1rem}
        .muted{color:#59636e;font-size:.9rem}
        .error{border-left:.3rem solid #b3261e}
        .tag{display:inline-block;padding:0 .5rem;border-radius:1rem;background:#eef1f4;font-size:.85rem}
        pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#f0f2f4;padding:.75rem;border-radius:.25rem}
        button,.button{display:inline-block;font:inherit;padding:.6rem 1.2rem;border:0;border-radius:.4rem;background:#0b57d0;color:#fff;cursor:pointer;text-decoration:none}
        button.secondary,.button.secondary{background:#59636e}
        button.danger,.button.danger{background:#b3261e}
        label{display:block;font-weight:600;margin:.75rem 0 .25rem}
        input,select,textarea{width:100%;font:inherit;padding:.5rem;border:1px solid #8c959f;border-radius:.3rem}
        .qr svg{width:100%;max-width:14rem;height:auto}
        @media (min-width:40rem){main{padding:2rem}body{font-size:17px}}
        @media print{
          @page{size:A4;margin:15mm}
          body{background:#fff;color:#000;font-size:12pt}
          .site-header,.no-print,button{display:none!important}
          main{max-width:none;padding:0}
          .card{border:0;padding:0}
          a{color:#000;text-decoration:none}
          .print-a4 main{min-height:267mm}
        }
        """;
}
