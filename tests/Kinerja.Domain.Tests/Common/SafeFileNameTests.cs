using Kinerja.Domain.Common;

namespace Kinerja.Domain.Tests.Common;

public sealed class SafeFileNameTests
{
    [Theory]
    [InlineData("notulen.pdf", "notulen.pdf")]
    [InlineData("C:\\Users\\operator\\Desktop\\notulen pleno.pdf", "notulen pleno.pdf")]
    [InlineData("/home/operator/bukti/foto.jpg", "foto.jpg")]
    [InlineData("..\\..\\Windows\\win.ini.pdf", "win.ini.pdf")]
    [InlineData("a/b\\c/../d.pdf", "d.pdf")]
    [InlineData("D:laporan.pdf", "laporan.pdf")]
    [InlineData("laporan\0.pdf", "laporan.pdf")]
    [InlineData("lap\u0007oran\u001F.pdf", "laporan.pdf")]
    [InlineData("foto\u202Egpj.pdf", "fotogpj.pdf")]
    [InlineData("\u2066rapat\u2069\u200B.pdf", "rapat.pdf")]
    [InlineData("notulen\tpleno\r\n tw2.pdf", "notulen pleno tw2.pdf")]
    [InlineData("a<b>c:d\"e|f?g*h.pdf", "a_b_c_d_e_f_g_h.pdf")]
    [InlineData("CON.pdf", "_CON.pdf")]
    [InlineData("nul.tar.pdf", "_nul.tar.pdf")]
    [InlineData("com1 .docx", "_com1.docx")]
    [InlineData("LPT9.png", "_LPT9.png")]
    [InlineData("CONSOLE.pdf", "CONSOLE.pdf")]
    [InlineData("laporan.pdf. . ", "laporan.pdf")]
    [InlineData(".pdf", "berkas.pdf")]
    [InlineData("...", "")]
    [InlineData("\0\0", "")]
    [InlineData("", "")]
    [InlineData(null, "")]
    [InlineData("Cafe\u0301.pdf", "Café.pdf")]
    public void A_name_keeps_only_what_is_safe_everywhere(string? uploaded, string expected) =>
        Assert.Equal(expected, SafeFileName.From(uploaded));

    [Fact]
    public void A_long_name_is_cut_before_its_extension_and_never_inside_a_character()
    {
        var name = SafeFileName.From(new string('a', 150) + string.Concat(Enumerable.Repeat("😀", 100)) + ".docx", 200);

        Assert.Equal(200, name.Length);
        Assert.EndsWith("….docx", name, StringComparison.Ordinal);
        Assert.False(char.IsHighSurrogate(name[^7]));
        Assert.Equal(name, name.Normalize());
    }
}
