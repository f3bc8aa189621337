namespace Dyad.Extraction;

public enum LineKind { Empty, Body, Title, DateHeader, Caption, Furniture, SectionEnd, Repeated, Byline }
