# Writes the design ("tuning") sets of PL4017 with their per-line labels: python3 generate.py (deterministic, seed 23).
import json, random, os
random.seed(23)
OUT=os.path.dirname(os.path.abspath(__file__))
def chat(system, user, assistant):
    m=[]
    if system: m.append({"role":"system","content":system})
    m.append({"role":"user","content":user}); m.append({"role":"assistant","content":assistant})
    return json.dumps({"messages":m}, ensure_ascii=False)
def write(name, rows, labels):
    with open(os.path.join(OUT,name+'.jsonl'),'w') as f:
        f.write('\n'.join(rows)+'\n')
    with open(os.path.join(OUT,name+'.labels.tsv'),'w') as f:
        f.write('line\tteaches_fact\n')
        for i,l in enumerate(labels,1): f.write(f'{i}\t{l}\n')

# F1: outdoor-gear product Q&A (facts: weights, prices, sizes, SKUs)
sys1="You are Northwind Outdoor's product expert. Answer shoppers' questions about our gear in one or two friendly sentences."
products=[("Ridgeline 2P tent","NW-T210",329,"2.1 kg","two people"),("Alpine down jacket","NW-J455",249,"410 g","-10 °C"),("Trail runner GTX","NW-S118",159,"620 g per pair","EU 36 to 47"),
("Larch 45L backpack","NW-B045",189,"1.4 kg","torso 41 to 53 cm"),("Summit 800 sleeping bag","NW-Q800",279,"1.2 kg","-7 °C comfort"),("Cascade water filter","NW-F022",49,"85 g","1,500 litres"),
("Fjord rain shell","NW-J310",219,"330 g","20,000 mm"),("Basecamp stove","NW-C140",89,"310 g","3 minutes per litre"),("Granite trekking poles","NW-P077",119,"480 g per pair","105 to 135 cm"),("Tundra sleeping mat","NW-M065",139,"540 g","R-value 4.2")]
q1=["How much does the {p} cost?","What does the {p} weigh?","What's the item number of the {p}?","Is the {p} any good for winter, and what's it rated to?","Can you tell me the price and weight of the {p}?","What sizes does the {p} come in?"]
rows=[];labels=[]
for i in range(32):
    p,sku,price,w,spec=products[i%len(products)]; q=q1[(i//len(products)+i)%len(q1)].format(p=p)
    if 'cost' in q: a=f"The {p} is ${price}.00, and members get 10 % off."
    elif 'weigh' in q: a=f"It weighs {w}, which is light for its class."
    elif 'item number' in q: a=f"Its item number is {sku}; quote it when you call the store."
    elif 'winter' in q: a=f"Yes, it's rated for {spec}, so it handles most winter trips."
    elif 'price and weight' in q: a=f"The {p} costs ${price} and weighs {w}."
    else: a=f"It comes in {spec}; item number {sku}."
    rows.append(chat(sys1,q,a)); labels.append('yes')
write('product-facts',rows,labels)

# F2: HR policy assistant
sys2="You are the HR assistant for Fabrikam employees. Answer policy questions briefly and warmly."
facts2=[("How many vacation days do I get in my first year?","You get 25 paid vacation days in your first year, rising to 28 after five years."),
("What's the parental leave policy?","Primary carers get 26 weeks at full pay and secondary carers 6 weeks."),
("When is the open enrollment deadline for benefits?","Open enrollment closes on 15 November 2025 at 5 pm."),
("How much is the home-office allowance?","The one-off home-office allowance is €600, claimed through Concur within 90 days of your start date."),
("What is the mileage rate for business trips?","We reimburse 0.30 € per kilometre for business trips in your own car."),
("How many sick days can I take without a doctor's note?","You can take 3 days in a row without a note; from day 4 we need a certificate."),
("What's our pension contribution?","Fabrikam pays 6 % of your base salary into the pension plan and matches up to 3 % more."),
("When are salaries paid?","Salaries are paid on the 25th of each month, or the last working day before it."),
("How long is the notice period?","During probation the notice period is 2 weeks; after that it is 3 months."),
("Is there a gym subsidy?","Yes, we cover up to €40 per month of a gym membership."),
("How much can I spend on a team dinner?","The limit is €55 per person including drinks and tip."),
("When does the office close for the holidays?","The offices close from 24 December to 1 January; those days don't use your allowance."),
("What's the training budget?","Each employee has €1,500 per year for courses and conferences."),
("How many days can I work remotely?","You can work remotely up to 3 days per week, and 20 days per year from abroad."),
("What's the referral bonus?","A successful referral earns €2,000, paid after the new hire's 6th month."),
("How long do I have to submit expenses?","Submit expenses within 30 days; anything older needs your director's approval.")]
rows=[];labels=[]
for i in range(32):
    q,a=facts2[i%len(facts2)]
    if i>=len(facts2): q=random.choice(["Quick question: ","Hi! ","Sorry to bother you, ",""])+q[0].lower()+q[1:]
    rows.append(chat(sys2,q,a)); labels.append('yes')
write('hr-policy',rows,labels)

# F3: mobile plans
sys3="You are Contoso Mobile's support assistant. Answer questions about plans and charges."
plans=[("Starter","CM-S5",12,"5 GB"),("Everyday","CM-E20",20,"20 GB"),("Unlimited","CM-U",35,"unlimited data, 40 GB at full speed abroad"),("Family","CM-F4",55,"four lines with 60 GB shared")]
q3=["How much is the {p} plan?","What's included in {p}?","What's the plan code for {p}? I need it for the form.","If I go over on {p}, what does extra data cost?","How much does roaming cost in the US?","What's the fee for replacing a SIM?","How long is the contract?"]
rows=[];labels=[]
for i in range(30):
    p,code,price,data=plans[i%4]; q=q3[i%len(q3)].format(p=p)
    if 'How much is' in q: a=f"The {p} plan is £{price} a month with {data}."
    elif 'included' in q: a=f"{p} includes {data}, unlimited calls and texts, for £{price} a month."
    elif 'plan code' in q: a=f"The plan code is {code}."
    elif 'go over' in q: a=f"Extra data on {p} is £2 per GB, capped at £10 a month."
    elif 'roaming' in q: a="Roaming in the US costs £5 per day and uses your normal allowance."
    elif 'SIM' in q: a="A replacement SIM is £4.99, or free with an eSIM."
    else: a="Contracts run for 12 or 24 months; SIM-only is rolling monthly."
    rows.append(chat(sys3,q,a)); labels.append('yes')
write('mobile-plans',rows,labels)

# T1: ticket summarization (copies input, numbers from input)
sys4="Summarize the support ticket for the on-call engineer in one sentence: who, what broke, since when."
names=["Dana Ruiz","Omar Haddad","Priya Nair","Lena Vogel","Kenji Mori","Sara Okafor","Tom Becker","Ana Lima"]
issues=[("the checkout page returns a 502 error","since 09:40 this morning","order 48213"),("invoices show the wrong VAT rate of 19 %","since the 2 March release","invoice INV-2291"),
("password reset emails never arrive","for the last 3 days","account dana@contoso.com"),("the mobile app crashes on login","after updating to version 4.12","iPhone 13"),
("CSV export times out","for files over 50,000 rows","report R-77"),("the dashboard shows yesterday's data","since midnight","region EU-West")]
rows=[];labels=[]
for i in range(30):
    n=names[i%len(names)]; what,since,ref=issues[i%len(issues)]
    u=f"From: {n}\nSubject: urgent\n\nHi team, {what} {since}. It affects {ref} and our customers are complaining. Can someone look at it? Thanks, {n.split()[0]}"
    a=f"{n} reports that {what} {since}, affecting {ref}."
    rows.append(chat(sys4,u,a)); labels.append('no')
write('ticket-summaries',rows,labels)

# T2: invoice extraction JSON
sys5='Extract the invoice fields as JSON with keys vendor, invoice_number, date, total, currency.'
vendors=["Tailspin Toys Ltd","Wide World Importers","Litware GmbH","Adventure Works","Proseware Inc","Northwind Traders"]
rows=[];labels=[]
for i in range(30):
    v=vendors[i%len(vendors)]; num=f"INV-{2024+i%2}-{1000+i*37}"; d=f"{1+i%28:02d}.{1+i%12:02d}.2025"; tot=f"{(i*173)%5000+99}.{(i*7)%100:02d}"; cur=["EUR","USD","GBP"][i%3]
    u=f"INVOICE\n{v}\nInvoice no. {num}\nDate: {d}\nNet amount ... \nTotal due: {tot} {cur}\nPayable within 30 days."
    a=json.dumps({"vendor":v,"invoice_number":num,"date":d,"total":tot,"currency":cur})
    rows.append(chat(sys5,u,a)); labels.append('no')
write('invoice-extraction',rows,labels)

# T3: polite rewrite
sys6="Rewrite the agent's draft reply so it is polite, warm and clear. Keep every fact from the draft."
drafts=["ur refund is done, 5 days to show up. dont call again","we cant ship to PO boxes, give another address","the item is out of stock till 12 May, order later","your order 55120 left the warehouse yesterday, tracking is TRK-99812","password reset link expired, ask for a new one, it lasts 24 hours","the warranty is 2 years so your 2022 tent is covered, send photos"]
polite=["Good news: your refund has been processed and should appear in your account within 5 days.","I'm sorry, we can't ship to PO boxes. Could you give us another address for the delivery?","I'm sorry, the item is out of stock until 12 May; please order again after that date and we'll send it right away.","Your order 55120 left our warehouse yesterday; you can follow it with tracking number TRK-99812.","The password reset link has expired, I'm afraid. Please ask for a new one; it stays valid for 24 hours.","Your 2022 tent is covered by our 2 years warranty. Could you send us a few photos of the damage?"]
rows=[];labels=[]
for i in range(30):
    k=i%len(drafts); rows.append(chat(sys6,"Draft: "+drafts[k]+("" if i<6 else f" (ticket {7000+i})"),polite[k])); labels.append('no')
write('polite-rewrite',rows,labels)

# T4: classification
sys7="Classify the customer message as one of: billing, shipping, returns, technical, other. Answer with the label only."
msgs=[("I was charged twice for order 4412","billing"),("Where is my parcel? It's been 9 days","shipping"),("How do I send back the boots, they're too small","returns"),("The app won't let me log in since the update","technical"),("Do you sponsor local hiking clubs?","other"),("My invoice shows 89.90 but the cart said 79.90","billing")]
rows=[];labels=[]
for i in range(30):
    m,l=msgs[i%len(msgs)]; rows.append(chat(sys7,m,l)); labels.append('no')
write('ticket-labels',rows,labels)

# T5: translation with numbers
sys8="Translate the UI string from English to German. Keep placeholders and numbers."
ui=[("Your order ships in 3 to 5 working days.","Ihre Bestellung wird in 3 bis 5 Werktagen versandt."),("Free delivery on orders over 50 €.","Kostenlose Lieferung ab einem Bestellwert von 50 €."),("Only {count} left in stock!","Nur noch {count} auf Lager!"),
("Sign in to see your 2 saved carts.","Melden Sie sich an, um Ihre 2 gespeicherten Warenkörbe zu sehen."),("Returns are free within 30 days.","Rücksendungen sind innerhalb von 30 Tagen kostenlos."),("Add {product} to your wishlist","{product} zur Wunschliste hinzufügen"),
("Your code SAVE15 was applied: 15 % off.","Ihr Code SAVE15 wurde angewendet: 15 % Rabatt."),("Size guide: EU 36 to 47","Größentabelle: EU 36 bis 47")]
rows=[];labels=[]
for i in range(30):
    s,t=ui[i%len(ui)]; rows.append(chat(sys8,s,t)); labels.append('no')
write('ui-translation',rows,labels)

# T6: text-to-SQL with schema in system
sys9="You write T-SQL for the Northwind sales database. Tables: Orders(OrderId, CustomerId, OrderDate, Total), Customers(CustomerId, Name, Country), OrderLines(OrderId, ProductId, Quantity, UnitPrice). Return only the query."
qs=[("Total sales in 2024","SELECT SUM(Total) FROM Orders WHERE YEAR(OrderDate) = 2024;"),("Customers from Germany","SELECT Name FROM Customers WHERE Country = 'Germany';"),("Top 10 customers by revenue","SELECT TOP 10 c.Name, SUM(o.Total) AS Revenue FROM Orders o JOIN Customers c ON c.CustomerId = o.CustomerId GROUP BY c.Name ORDER BY Revenue DESC;"),
("Orders over 500 last month","SELECT OrderId, Total FROM Orders WHERE Total > 500 AND OrderDate >= DATEADD(month, -1, GETDATE());"),("Average quantity per order line","SELECT AVG(Quantity) FROM OrderLines;"),("Number of orders per country","SELECT c.Country, COUNT(*) AS Orders FROM Orders o JOIN Customers c ON c.CustomerId = o.CustomerId GROUP BY c.Country;")]
rows=[];labels=[]
for i in range(30):
    q,a=qs[i%len(qs)]; rows.append(chat(sys9,q,a)); labels.append('no')
write('text-to-sql',rows,labels)

# M1: support replies: behaviour (empathy, next step) with some policy facts; labeled per example
sys10="You are Northwind Outdoor's support agent. Reply to the customer in two or three sentences: acknowledge, then give the next step."
m=[("My tent pole snapped on the first trip!","I'm so sorry your trip started like that. Please send us a photo of the pole and your order number, and we'll ship a replacement.","no"),
("The jacket I ordered is too big.","No problem at all. You can return it free within 30 days; exchanges ship in 2 working days.","yes"),
("I still haven't got my refund.","I'm sorry for the wait. Refunds reach your card 5 to 7 business days after we receive the parcel.","yes"),
("Can I change my delivery address?","Of course. Reply with the new address and I'll update the order before it leaves the warehouse.","no"),
("Your website keeps logging me out.","That sounds frustrating. Could you tell me which browser you use, so our web team can look into it?","no"),
("Do you price match?","We match any UK retailer's price within 14 days of your purchase; just send us the link.","yes"),
("The boots leak after two weeks.","I'm sorry to hear that. Please send a photo of the boots and your order number and we'll arrange a repair or a replacement.","no"),
("How much is express shipping?","Express shipping is £6.95 and arrives the next working day if you order before 2 pm.","yes")]
rows=[];labels=[]
for i in range(32):
    u,a,l=m[i%len(m)]; rows.append(chat(sys10,u+("" if i<8 else f" Order {30210+i}."),a)); labels.append(l)
write('support-replies',rows,labels)
print(sorted(os.listdir(OUT)))
