using Microsoft.EntityFrameworkCore;
using SafeApp.Data;

var builder = WebApplication.CreateBuilder(args);

// Each environment chooses its database in configuration (appsettings.{Environment}.json, secrets, variables).
builder.Services.AddDbContext<StoreDbContext>(options =>
    options.UseSqlite(builder.Configuration.GetConnectionString("Store")));

var app = builder.Build();

// Migrations are applied by the deployment (`dotnet ef database update` or a migration bundle), not at start-up.
app.MapGet("/products", async (StoreDbContext db) =>
    await db.Products.AsNoTracking().OrderBy(p => p.Name).ToListAsync());

app.MapGet("/customers/{id:int}/orders", async (int id, StoreDbContext db) =>
    await db.Orders.AsNoTracking().Where(o => o.CustomerId == id).Include(o => o.Lines).ToListAsync());

app.Run();
