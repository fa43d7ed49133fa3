namespace Kinerja.Browser.Tests.Harness;

/// <summary>The screens the pages must work on.</summary>
public sealed record Viewport(int Width, int Height, bool IsMobile = false, float DeviceScaleFactor = 1)
{
    /// <summary>The default: a 1366×768 laptop, the commonest screen in the work units.</summary>
    public static readonly Viewport Laptop = new(1366, 768);

    /// <summary>A phone held upright (390×844 CSS pixels, touch, the page's meta viewport honoured).</summary>
    public static readonly Viewport Phone = new(390, 844, IsMobile: true, DeviceScaleFactor: 2);
}
