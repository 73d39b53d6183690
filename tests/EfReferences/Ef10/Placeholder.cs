namespace EfReferences; internal static class Placeholder { }
