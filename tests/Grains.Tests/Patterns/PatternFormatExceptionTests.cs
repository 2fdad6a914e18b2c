using OrleansLife.Grains.Patterns;

namespace OrleansLife.Grains.Tests.Patterns;

public sealed class PatternFormatExceptionTests
{
    [Fact]
    public void Constructor_WithPosition_PutsItAtTheStartOfTheMessage()
    {
        var error = new PatternFormatException(3, 14, "unexpected character 'z'.");

        error.Message.ShouldBe("Line 3, column 14: unexpected character 'z'.");
        error.Line.ShouldBe(3);
        error.Column.ShouldBe(14);
        error.ShouldBeAssignableTo<FormatException>();
    }

    [Fact]
    public void Constructor_WithoutPosition_HasLineAndColumnZero()
    {
        var error = new PatternFormatException("too large");

        error.Line.ShouldBe(0);
        error.Column.ShouldBe(0);
    }
}
