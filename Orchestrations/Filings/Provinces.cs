namespace Reopen.Orchestrations.Filings;

/// <summary>A provincial-level division (GB/T 2260 two-digit code).</summary>
public sealed record Province(string Code, string Name, string ShortName, string EnglishName);

/// <summary>The provincial-level divisions, for home provinces on the roster and code prefixes.</summary>
public static class Provinces
{
    public static IReadOnlyList<Province> All { get; } =
    [
        new("11", "北京市", "北京", "Beijing"), new("12", "天津市", "天津", "Tianjin"),
        new("13", "河北省", "河北", "Hebei"), new("14", "山西省", "山西", "Shanxi"),
        new("15", "内蒙古自治区", "内蒙古", "Inner Mongolia"), new("21", "辽宁省", "辽宁", "Liaoning"),
        new("22", "吉林省", "吉林", "Jilin"), new("23", "黑龙江省", "黑龙江", "Heilongjiang"),
        new("31", "上海市", "上海", "Shanghai"), new("32", "江苏省", "江苏", "Jiangsu"),
        new("33", "浙江省", "浙江", "Zhejiang"), new("34", "安徽省", "安徽", "Anhui"),
        new("35", "福建省", "福建", "Fujian"), new("36", "江西省", "江西", "Jiangxi"),
        new("37", "山东省", "山东", "Shandong"), new("41", "河南省", "河南", "Henan"),
        new("42", "湖北省", "湖北", "Hubei"), new("43", "湖南省", "湖南", "Hunan"),
        new("44", "广东省", "广东", "Guangdong"), new("45", "广西壮族自治区", "广西", "Guangxi"),
        new("46", "海南省", "海南", "Hainan"), new("50", "重庆市", "重庆", "Chongqing"),
        new("51", "四川省", "四川", "Sichuan"), new("52", "贵州省", "贵州", "Guizhou"),
        new("53", "云南省", "云南", "Yunnan"), new("54", "西藏自治区", "西藏", "Tibet"),
        new("61", "陕西省", "陕西", "Shaanxi"), new("62", "甘肃省", "甘肃", "Gansu"),
        new("63", "青海省", "青海", "Qinghai"), new("64", "宁夏回族自治区", "宁夏", "Ningxia"),
        new("65", "新疆维吾尔自治区", "新疆", "Xinjiang"), new("71", "台湾省", "台湾", "Taiwan"),
        new("81", "香港特别行政区", "香港", "Hong Kong"), new("82", "澳门特别行政区", "澳门", "Macao"),
    ];

    public static Province? FindByCode(string code) => All.FirstOrDefault(p => p.Code == code);

    /// <summary>Accepts the two-digit code, the full or short Chinese name, or the English name.</summary>
    public static Province? Find(string? text)
    {
        var t = (text ?? "").Trim();
        if (t.Length == 0) return null;
        return All.FirstOrDefault(p =>
            p.Code == t || p.Name == t || p.ShortName == t
            || string.Equals(p.EnglishName, t, StringComparison.OrdinalIgnoreCase));
    }
}
