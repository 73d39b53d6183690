namespace SafeMigrations.Core.Sql;

/// <summary>DROP, TRUNCATE, ALTER TABLE and CREATE (tables, and routine bodies that do not run now).</summary>
internal sealed partial class SqlStatementScanner
{
    /// <summary>What may follow DROP inside ALTER TABLE without being a column.</summary>
    private static readonly string[] NonColumnDrops =
    {
        "CONSTRAINT", "INDEX", "KEY", "PRIMARY", "FOREIGN", "CHECK", "UNIQUE", "DEFAULT", "PERIOD", "SYSTEM",
        "PARTITION", "SUBPARTITION", "NOT", "IDENTITY", "EXPRESSION", "TRIGGER", "ROWGUIDCOL", "PERSISTED",
        "MASKED", "SPARSE", "FULLTEXT", "SPATIAL", "ATTRIBUTE", "UNUSED", "STATISTICS", "FILESTREAM", "VALUE",
    };

    /// <summary>Words that begin another ALTER TABLE action after a comma (not another T-SQL column to drop).</summary>
    private static readonly string[] AlterActions =
    {
        "ADD", "ALTER", "MODIFY", "CHANGE", "RENAME", "SET", "ENABLE", "DISABLE", "CHECK", "NOCHECK", "WITH",
        "CONSTRAINT", "ALGORITHM", "LOCK", "OWNER", "ATTACH", "DETACH", "VALIDATE", "RESET", "INHERIT", "NO",
        "CLUSTER", "REPLICA", "FORCE", "OF", "NOT", "ORDER", "CONVERT", "DEFAULT",
    };

    private static readonly string[] Routines = { "PROCEDURE", "PROC", "FUNCTION", "TRIGGER", "PACKAGE", "EVENT" };

    private static readonly string[] Views = { "VIEW", "RULE" };

    private static readonly string[] CreateModifiers =
    {
        "GLOBAL", "LOCAL", "TEMP", "TEMPORARY", "UNLOGGED", "AGGREGATE", "CONSTRAINT", "RECURSIVE",
        "MATERIALIZED", "FORCE", "EDITIONABLE", "NONEDITIONABLE", "SECURE", "TRANSIENT",
    };

    private static readonly string[] TransactionWords = { "TRAN", "TRANSACTION", "WORK", "DISTRIBUTED" };

    private static readonly string[] BlockEndQualifiers = { "IF", "LOOP", "WHILE", "REPEAT" };

    private enum DropMode
    {
        Other,
        Columns,
    }

    private void Drop()
    {
        var drop = _tokens[_i];
        var j = _i + 1;
        SqlHazard hazard;
        if (Is(j, "TABLE"))
        {
            hazard = SqlHazard.DropTable;
        }
        else if (Is(j, "SCHEMA"))
        {
            hazard = SqlHazard.DropSchema;
        }
        else if (Is(j, "DATABASE"))
        {
            hazard = SqlHazard.DropDatabase;
        }
        else
        {
            // DROP VIEW/INDEX/PROCEDURE/…, and MySQL's DROP TEMPORARY TABLE.
            _i = j;
            return;
        }

        var keywordEnd = _tokens[j++].End;
        j = SkipIfExists(j);

        while (ParseName(ref j) is { } name)
        {
            if (hazard != SqlHazard.DropTable || !_created.IsScratch(name))
            {
                Report(hazard, name, null, drop.Start, keywordEnd);
            }

            if (!IsPunctuation(j, ','))
            {
                break;
            }

            j++;
        }

        _i = j;
    }

    private void Truncate()
    {
        var truncate = _tokens[_i];
        var j = _i + 1;
        if (Is(j, "TABLE"))
        {
            j++;
        }

        if (Is(j, "ONLY"))
        {
            j++;
        }

        j = SkipIfExists(j);

        while (ParseName(ref j) is { } name)
        {
            if (!_created.IsScratch(name))
            {
                Report(SqlHazard.Truncate, name, null, truncate.Start, truncate.End);
            }

            if (IsPunctuation(j, '*'))
            {
                j++;
            }

            if (!IsPunctuation(j, ','))
            {
                break;
            }

            j++;
        }

        _i = j;
    }

    private void Alter()
    {
        var j = _i + 1;
        if (TrySkipDefinition(j))
        {
            return;
        }

        if (!Is(j, "TABLE"))
        {
            // ALTER PUBLICATION p DROP TABLE t and the like change no data: skip to the statement's end.
            _i = OtherAlterEnd(j);
            return;
        }

        j++;
        while (Is(j, "ONLY") || SkipIfExists(j) != j)
        {
            j = Is(j, "ONLY") ? j + 1 : SkipIfExists(j);
        }

        var table = ParseName(ref j);
        if (table is null)
        {
            _i = j;
            return;
        }

        if (IsPunctuation(j, '*'))
        {
            j++;
        }

        _i = AlterTableActions(table, j, report: !_created.IsScratch(table));
    }

    private int AlterTableActions(string table, int j, bool report)
    {
        var mode = DropMode.Other;
        var afterComma = false;
        var columnsStart = 0;
        var columnsEnd = 0;
        while (j < _tokens.Count)
        {
            var token = _tokens[j];
            if (token.Kind == SqlTokenKind.BatchSeparator || IsPunctuation(j, ';') || IsPunctuation(j, ')'))
            {
                break;
            }

            if (IsPunctuation(j, '('))
            {
                j = SkipParentheses(j);
                afterComma = false;
                continue;
            }

            if (IsPunctuation(j, ','))
            {
                afterComma = true;
                j++;
                continue;
            }

            if (EndsAlterTable(j))
            {
                break;
            }

            if (Is(j, "DROP"))
            {
                j = DropAction(table, j, report, out mode, out columnsStart, out columnsEnd);
            }
            else if (Is(j, "TRUNCATE") && Is(j + 1, "PARTITION"))
            {
                // MySQL/Oracle: ALTER TABLE t TRUNCATE PARTITION p empties part of the table.
                if (report)
                {
                    Report(SqlHazard.Truncate, table, null, token.Start, token.End);
                }

                j += 2;
            }
            else if (afterComma && mode == DropMode.Columns && IsName(j) && !IsAny(j, AlterActions))
            {
                // T-SQL: ALTER TABLE t DROP COLUMN a, b drops both.
                var column = ParseName(ref j)!;
                if (report)
                {
                    Report(SqlHazard.DropColumn, table, column, columnsStart, columnsEnd);
                }
            }
            else
            {
                mode = afterComma ? DropMode.Other : mode;
                j++;
            }

            afterComma = false;
        }

        return j;
    }

    private int DropAction(string table, int j, bool report, out DropMode mode, out int start, out int end)
    {
        var drop = _tokens[j];
        start = drop.Start;
        end = drop.End;
        mode = DropMode.Other;
        var k = j + 1;
        var explicitColumn = Is(k, "COLUMN");
        if (explicitColumn)
        {
            end = _tokens[k++].End;
        }

        k = SkipIfExists(k);

        if (!explicitColumn)
        {
            if (IsAny(k, NonColumnDrops))
            {
                return k + 1;
            }

            if (IsPunctuation(k, '('))
            {
                // Oracle: ALTER TABLE t DROP (a, b).
                k++;
                while (ParseName(ref k) is { } listed)
                {
                    if (report)
                    {
                        Report(SqlHazard.DropColumn, table, listed, start, end);
                    }

                    if (!IsPunctuation(k, ','))
                    {
                        break;
                    }

                    k++;
                }

                return IsPunctuation(k, ')') ? k + 1 : k;
            }

            // T-SQL reads ALTER TABLE t DROP x as DROP CONSTRAINT x.
            if (_dialect == SqlDialect.SqlServer)
            {
                return k;
            }
        }

        if (ParseName(ref k) is not { } column)
        {
            return k;
        }

        if (report)
        {
            Report(SqlHazard.DropColumn, table, column, start, end);
        }

        mode = explicitColumn ? DropMode.Columns : DropMode.Other;
        return k;
    }

    /// <summary>A word that starts the next statement inside an ALTER TABLE (T-SQL needs no ';').</summary>
    private bool EndsAlterTable(int j)
    {
        var keyword = KeywordAt(j);
        return keyword switch
        {
            SqlKeyword.Delete or SqlKeyword.Update => IsDml(j, keyword),
            SqlKeyword.Alter => Is(j + 1, "TABLE"),
            SqlKeyword.Drop => Is(j + 1, "TABLE") || Is(j + 1, "SCHEMA") || Is(j + 1, "DATABASE"),
            SqlKeyword.If => !IsPunctuation(j + 1, '(') && !Is(j + 1, "EXISTS") && !Is(j + 1, "NOT"),
            SqlKeyword.Truncate => !Is(j + 1, "PARTITION"),
            SqlKeyword.Create or SqlKeyword.Exec or SqlKeyword.Prepare or SqlKeyword.Merge
                or SqlKeyword.End or SqlKeyword.Else => true,
            _ => SqlKeywords.StartsStatement(keyword),
        };
    }

    private int OtherAlterEnd(int j)
    {
        while (j < _tokens.Count && _tokens[j].Kind != SqlTokenKind.BatchSeparator && !IsPunctuation(j, ';') && !IsPunctuation(j, ')'))
        {
            if (IsPunctuation(j, '('))
            {
                j = SkipParentheses(j);
                continue;
            }

            var keyword = KeywordAt(j);
            if (keyword != SqlKeyword.Drop && keyword != SqlKeyword.Alter && EndsAlterTable(j))
            {
                break;
            }

            j++;
        }

        return j;
    }

    private void Create()
    {
        var j = _i + 1;
        if (Is(j, "OR") && (Is(j + 1, "REPLACE") || Is(j + 1, "ALTER")))
        {
            j += 2;
        }

        while (true)
        {
            if (IsAny(j, CreateModifiers))
            {
                j++;
            }
            else if ((Is(j, "DEFINER") || Is(j, "ALGORITHM")) && IsPunctuation(j + 1, '='))
            {
                // MySQL: DEFINER = 'user'@'host' | CURRENT_USER, ALGORITHM = MERGE.
                j += 3;
                while (Token(j).Kind is SqlTokenKind.Variable or SqlTokenKind.String)
                {
                    j++;
                }
            }
            else if (Is(j, "SQL") && Is(j + 1, "SECURITY"))
            {
                j += 3;
            }
            else
            {
                break;
            }
        }

        if (TrySkipDefinition(j))
        {
            return;
        }

        if (Is(j, "TABLE"))
        {
            j++;
            if (Is(j, "IF") && Is(j + 1, "NOT") && Is(j + 2, "EXISTS"))
            {
                j += 3;
            }

            if (ParseName(ref j) is { } name)
            {
                _created.Add(name);
            }
        }

        _i = j;
    }

    private int SkipIfExists(int j) => Is(j, "IF") && Is(j + 1, "EXISTS") ? j + 2 : j;

    /// <summary>When j names a routine or view (CREATE/ALTER PROCEDURE …), moves past its definition.</summary>
    private bool TrySkipDefinition(int j)
    {
        var routine = IsAny(j, Routines);
        if (!routine && !IsAny(j, Views))
        {
            return false;
        }

        _i = SkipDefinition(j + 1, routine);
        return true;
    }

    /// <summary>
    /// Skips a view, rule, procedure, function or trigger: its statements run later, not now. T-SQL bodies run
    /// to the end of the batch; others end at the ';' after their BEGIN … END block or string body.
    /// Returns the index after the definition.
    /// </summary>
    private int SkipDefinition(int j, bool routine)
    {
        var depth = 0;
        var complete = !routine;
        for (; j < _tokens.Count; j++)
        {
            var token = _tokens[j];
            if (token.Kind == SqlTokenKind.BatchSeparator)
            {
                return j;
            }

            if (IsPunctuation(j, ';'))
            {
                if (depth == 0 && complete && _dialect != SqlDialect.SqlServer)
                {
                    return j + 1;
                }
            }
            else if (token.Kind == SqlTokenKind.String && (Is(j - 1, "AS") || Is(j - 1, "IS")))
            {
                complete = true;
            }
            else if (Is(j, "BEGIN") && !IsAny(j + 1, TransactionWords))
            {
                depth++;
                complete = true;
            }
            else if (Is(j, "CASE"))
            {
                depth++;
            }
            else if (Is(j, "END"))
            {
                if (IsAny(j + 1, BlockEndQualifiers))
                {
                    j++;
                }
                else if (depth > 0)
                {
                    depth--;
                }
            }
            else if (KeywordAt(j) == SqlKeyword.Exec && (Is(j + 1, "FUNCTION") || Is(j + 1, "PROCEDURE")))
            {
                complete = true;
            }
        }

        return j;
    }
}
