using Budget.Domain.Classification;

namespace Budget.Domain.Tests.Classification;

public class DepartmentTests
{
    [Theory]
    [InlineData("[117]人力资源社会保障部")]
    [InlineData(" [117] 人力资源社会保障部 ")]
    [InlineData("［１１７］人力资源社会保障部")]
    [InlineData("【117】人力资源社会保障部")]
    [InlineData("<b>[117]人力资源社会保障部</b>")]
    public void Reads_departments_as_printed(string text)
    {
        var department = Department.Parse(text).GetValueOrThrow();
        Assert.Equal(new Department("117", "人力资源社会保障部"), department);
        Assert.Equal("[117]人力资源社会保障部", department.ToString());
        Assert.True(Department.TryParse(text, out var viaTry));
        Assert.Equal(department, viaTry);
    }

    [Theory]
    [InlineData("人力资源社会保障部", ParseErrorKind.WrongShape, 1)]
    [InlineData("[117人力资源社会保障部", ParseErrorKind.WrongShape, 1)]
    [InlineData("[11a]人力资源社会保障部", ParseErrorKind.InvalidCharacter, 4)]
    [InlineData("[]人力资源社会保障部", ParseErrorKind.WrongLength, 1)]
    [InlineData("[117]", ParseErrorKind.WrongShape, 0)]
    [InlineData("", ParseErrorKind.Empty, 0)]
    public void Malformed_departments_get_a_precise_reason(string text, ParseErrorKind kind, int column)
    {
        var error = Department.Parse(text).Error;
        Assert.NotNull(error);
        Assert.Equal(kind, error!.Kind);
        Assert.Equal(column, error.Column);
    }

    [Fact]
    public void Construction_checks_code_and_name()
    {
        Assert.Throws<ArgumentException>(() => new Department("1a7", "x"));
        Assert.Throws<ArgumentException>(() => new Department("117", " "));
        Assert.Equal(new Department("117", "人力资源社会保障部"), Department.Parse("[117]人力资源社会保障部").Value);
    }
}
